/**
 * Fix builders: each returns a Fix whose apply() edits the parsed YAML document of the file in place,
 * through yaml's Document API, so comments and key order survive.
 */
import { isMap, isScalar, isSeq } from '../load/yaml.js';
import type { YAMLMap, YAMLSeq } from '../load/yaml.js';
import { appLabel, knownApp } from '../resolve/knowledge.js';
import type { Fix } from '../engine/rule.js';
import type { EffList, Loc } from '../resolve/model.js';

/** Add apps to a declared allow list (not to an inherited one, and not to the service default). */
export function addAppsFix(list: EffList, apps: readonly string[]): Fix | undefined {
  const decl = list.decl;
  if (!decl || list.accessType !== 'allowed' || list.level === 'service') return undefined;
  const doc = decl.loc.file.doc;
  const map = decl.loc.node;
  if (!doc || !isMap(map)) return undefined;
  return {
    description: `add ${apps.map(appLabel).join(', ')} to the allow list`,
    apply() {
      let seq = (map as YAMLMap).get('targets', true) as unknown;
      if (!isSeq(seq)) {
        seq = doc.createNode([]);
        (map as YAMLMap).set('targets', seq);
      }
      const existing = new Set((seq as YAMLSeq).items.map((i) => String((isMap(i) ? i.get('target') : '') ?? '').toLowerCase()));
      for (const app of apps) {
        if (existing.has(app.toLowerCase())) continue;
        const item: Record<string, string> = { target: app, targetType: 'application' };
        const known = knownApp(app);
        if (known) item.label = known.name;
        (seq as YAMLSeq).add(doc.createNode(item));
      }
    },
  };
}

/** Replace a scalar's value, keeping its position and comments. */
export function setScalarFix(loc: Loc, value: string | boolean, description: string): Fix | undefined {
  const node = loc.node;
  if (!isScalar(node)) return undefined;
  return {
    description,
    apply() {
      node.value = value;
    },
  };
}
