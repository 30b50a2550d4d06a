var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/yaml/browser/dist/nodes/identity.js
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var ALIAS, DOC, MAP, PAIR, SCALAR, SEQ, NODE_TYPE, isAlias, isDocument, isMap, isPair, isScalar, isSeq, hasAnchor;
var init_identity = __esm({
  "node_modules/yaml/browser/dist/nodes/identity.js"() {
    ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
  }
});

// node_modules/yaml/browser/dist/visit.js
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
function visit_(key, node, visitor, path2) {
  const ctrl = callVisitor(key, node, visitor, path2);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path2, ctrl);
    return visit_(key, ctrl, visitor, path2);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path2 = Object.freeze(path2.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path2);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path2 = Object.freeze(path2.concat(node));
      const ck = visit_("key", node.key, visitor, path2);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path2);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
async function visitAsync_(key, node, visitor, path2) {
  const ctrl = await callVisitor(key, node, visitor, path2);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path2, ctrl);
    return visitAsync_(key, ctrl, visitor, path2);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path2 = Object.freeze(path2.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path2);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path2 = Object.freeze(path2.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path2);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path2);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path2) {
  if (typeof visitor === "function")
    return visitor(key, node, path2);
  if (isMap(node))
    return visitor.Map?.(key, node, path2);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path2);
  if (isPair(node))
    return visitor.Pair?.(key, node, path2);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path2);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path2);
  return void 0;
}
function replaceNode(key, path2, node) {
  const parent = path2[path2.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt2 = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt2} parent`);
  }
}
var BREAK, SKIP, REMOVE;
var init_visit = __esm({
  "node_modules/yaml/browser/dist/visit.js"() {
    init_identity();
    BREAK = /* @__PURE__ */ Symbol("break visit");
    SKIP = /* @__PURE__ */ Symbol("skip children");
    REMOVE = /* @__PURE__ */ Symbol("remove node");
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
  }
});

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars, escapeTagName, Directives;
var init_directives = __esm({
  "node_modules/yaml/browser/dist/doc/directives.js"() {
    init_identity();
    init_visit();
    escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
          const tags = {};
          visit(doc.contents, (_key, node) => {
            if (isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
  }
});

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix2, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix2}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix2) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix2, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}
var init_anchors = __esm({
  "node_modules/yaml/browser/dist/doc/anchors.js"() {
    init_identity();
    init_visit();
  }
});

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}
var init_applyReviver = __esm({
  "node_modules/yaml/browser/dist/doc/applyReviver.js"() {
  }
});

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}
var init_toJS = __esm({
  "node_modules/yaml/browser/dist/nodes/toJS.js"() {
    init_identity();
  }
});

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase;
var init_Node = __esm({
  "node_modules/yaml/browser/dist/nodes/Node.js"() {
    init_applyReviver();
    init_identity();
    init_toJS();
    NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
  }
});

// node_modules/yaml/browser/dist/nodes/Alias.js
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}
var Alias;
var init_Alias = __esm({
  "node_modules/yaml/browser/dist/nodes/Alias.js"() {
    init_anchors();
    init_visit();
    init_identity();
    init_Node();
    init_toJS();
    Alias = class extends NodeBase {
      constructor(source) {
        super(ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit(doc, {
            Node: (_key, node) => {
              if (isAlias(node) || hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors, doc: doc2, maxAliasCount } = ctx;
          let data = anchors.get(found);
          if (!data) {
            toJS(found, null, ctx);
            data = anchors.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
  }
});

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue, Scalar;
var init_Scalar = __esm({
  "node_modules/yaml/browser/dist/nodes/Scalar.js"() {
    init_identity();
    init_Node();
    init_toJS();
    isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    Scalar = class extends NodeBase {
      constructor(value) {
        super(SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
  }
});

// node_modules/yaml/browser/dist/doc/createNode.js
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match2 = tags.filter((t) => t.tag === tagName);
    const tagObj = match2.find((t) => !t.format) ?? match2[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}
var defaultTagPrefix;
var init_createNode = __esm({
  "node_modules/yaml/browser/dist/doc/createNode.js"() {
    init_Alias();
    init_identity();
    init_Scalar();
    defaultTagPrefix = "tag:yaml.org,2002:";
  }
});

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path2, value) {
  let v = value;
  for (let i = path2.length - 1; i >= 0; --i) {
    const k = path2[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath, Collection;
var init_Collection = __esm({
  "node_modules/yaml/browser/dist/nodes/Collection.js"() {
    init_createNode();
    init_identity();
    init_Node();
    isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    Collection = class extends NodeBase {
      constructor(type, schema4) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema4,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema4) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema4)
          copy.schema = schema4;
        copy.items = copy.items.map((it2) => isNode(it2) || isPair(it2) ? it2.clone(schema4) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && isScalar(node) ? node.value : node;
        else
          return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var stringifyComment, lineComment;
var init_stringifyComment = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyComment.js"() {
    stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
  }
});

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}
var FOLD_FLOW, FOLD_BLOCK, FOLD_QUOTED;
var init_foldFlowLines = __esm({
  "node_modules/yaml/browser/dist/stringify/foldFlowLines.js"() {
    FOLD_FLOW = "flow";
    FOLD_BLOCK = "block";
    FOLD_QUOTED = "quoted";
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyString.js
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json2 = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json2;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
    if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
      str += json2.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json2[i + 1]) {
        case "u":
          {
            str += json2.slice(start, i);
            const code2 = json2.substr(i + 2, 4);
            switch (code2) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code2.substr(0, 2) === "00")
                  str += "\\x" + code2.substr(2);
                else
                  str += json2.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json2.slice(start, i) + "\n\n";
            while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json2[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json2.slice(start) : json2;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal2 ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal2) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}
var getFoldOptions, containsDocumentMarker, blockEndNewlines;
var init_stringifyString = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyString.js"() {
    init_Scalar();
    init_foldFlowLines();
    getFoldOptions = (ctx, isBlock2) => ({
      indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
  }
});

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match2 = tags.filter((t) => t.tag === item.tag);
    if (match2.length > 0)
      return match2.find((t) => t.format === item.format) ?? match2[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match2 = tags.filter((t) => t.identify?.(obj));
    if (match2.length > 1) {
      const testMatch = match2.filter((t) => t.test);
      if (testMatch.length > 0)
        match2 = testMatch;
    }
    tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}
var init_stringify = __esm({
  "node_modules/yaml/browser/dist/stringify/stringify.js"() {
    init_anchors();
    init_identity();
    init_stringifyComment();
    init_stringifyString();
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}
var init_stringifyPair = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyPair.js"() {
    init_identity();
    init_Scalar();
    init_stringify();
    init_stringifyComment();
  }
});

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}
var init_log = __esm({
  "node_modules/yaml/browser/dist/log.js"() {
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it2 of source.items)
      mergeValue(ctx, map2, it2);
  else if (Array.isArray(source))
    for (const it2 of source)
      mergeValue(ctx, map2, it2);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}
var MERGE_KEY, merge, isMergeKey;
var init_merge = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js"() {
    init_identity();
    init_Scalar();
    MERGE_KEY = "<<";
    merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
  }
});

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}
var init_addPairToJSMap = __esm({
  "node_modules/yaml/browser/dist/nodes/addPairToJSMap.js"() {
    init_log();
    init_merge();
    init_stringify();
    init_identity();
    init_toJS();
  }
});

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair;
var init_Pair = __esm({
  "node_modules/yaml/browser/dist/nodes/Pair.js"() {
    init_createNode();
    init_stringifyPair();
    init_addPairToJSMap();
    init_identity();
    Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, NODE_TYPE, { value: PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema4) {
        let { key, value } = this;
        if (isNode(key))
          key = key.clone(schema4);
        if (isNode(value))
          value = value.clone(schema4);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}
var init_stringifyCollection = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyCollection.js"() {
    init_identity();
    init_stringify();
    init_stringifyComment();
  }
});

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it2 of items) {
    if (isPair(it2)) {
      if (it2.key === key || it2.key === k)
        return it2;
      if (isScalar(it2.key) && it2.key.value === k)
        return it2;
    }
  }
  return void 0;
}
var YAMLMap;
var init_YAMLMap = __esm({
  "node_modules/yaml/browser/dist/nodes/YAMLMap.js"() {
    init_stringifyCollection();
    init_addPairToJSMap();
    init_Collection();
    init_identity();
    init_Pair();
    init_Scalar();
    YAMLMap = class extends Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema4) {
        super(MAP, schema4);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema4, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema4);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema4.sortMapEntries === "function") {
          map2.items.sort(schema4.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair(pair2, pair2?.value);
        } else
          _pair = new Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (isScalar(prev.value) && isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
        return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
  }
});

// node_modules/yaml/browser/dist/schema/common/map.js
var map;
var init_map = __esm({
  "node_modules/yaml/browser/dist/schema/common/map.js"() {
    init_identity();
    init_YAMLMap();
    map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
    };
  }
});

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}
var YAMLSeq;
var init_YAMLSeq = __esm({
  "node_modules/yaml/browser/dist/nodes/YAMLSeq.js"() {
    init_createNode();
    init_stringifyCollection();
    init_Collection();
    init_identity();
    init_Scalar();
    init_toJS();
    YAMLSeq = class extends Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema4) {
        super(SEQ, schema4);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it2 = this.items[idx];
        return !keepScalar && isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (isScalar(prev) && isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema4, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema4);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key, it2);
            }
            seq2.items.push(createNode(it2, void 0, ctx));
          }
        }
        return seq2;
      }
    };
  }
});

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq;
var init_seq = __esm({
  "node_modules/yaml/browser/dist/schema/common/seq.js"() {
    init_identity();
    init_YAMLSeq();
    seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
    };
  }
});

// node_modules/yaml/browser/dist/schema/common/string.js
var string;
var init_string = __esm({
  "node_modules/yaml/browser/dist/schema/common/string.js"() {
    init_stringifyString();
    string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
  }
});

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag;
var init_null = __esm({
  "node_modules/yaml/browser/dist/schema/common/null.js"() {
    init_Scalar();
    nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
  }
});

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag;
var init_bool = __esm({
  "node_modules/yaml/browser/dist/schema/core/bool.js"() {
    init_Scalar();
    boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}
var init_stringifyNumber = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyNumber.js"() {
  }
});

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN, floatExp, float;
var init_float = __esm({
  "node_modules/yaml/browser/dist/schema/core/float.js"() {
    init_Scalar();
    init_stringifyNumber();
    floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber
    };
    floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
      }
    };
    float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber
    };
  }
});

// node_modules/yaml/browser/dist/schema/core/int.js
function intStringify(node, radix, prefix2) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix2 + value.toString(radix);
  return stringifyNumber(node);
}
var intIdentify, intResolve, intOct, int, intHex;
var init_int = __esm({
  "node_modules/yaml/browser/dist/schema/core/int.js"() {
    init_stringifyNumber();
    intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber
    };
    intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
  }
});

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema;
var init_schema = __esm({
  "node_modules/yaml/browser/dist/schema/core/schema.js"() {
    init_map();
    init_null();
    init_seq();
    init_string();
    init_bool();
    init_float();
    init_int();
    schema = [
      map,
      seq,
      string,
      nullTag,
      boolTag,
      intOct,
      int,
      intHex,
      floatNaN,
      floatExp,
      float
    ];
  }
});

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON, jsonScalars, jsonError, schema2;
var init_schema2 = __esm({
  "node_modules/yaml/browser/dist/schema/json/schema.js"() {
    init_Scalar();
    init_map();
    init_seq();
    stringifyJSON = ({ value }) => JSON.stringify(value);
    jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify2,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    schema2 = [map, seq].concat(jsonScalars, jsonError);
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary;
var init_binary = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js"() {
    init_Scalar();
    init_stringifyString();
    binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.BLOCK_LITERAL);
        if (type !== Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair2 = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn2 = pair2.value ?? pair2.key;
          cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
        }
        item = pair2;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it2 of iterable) {
      if (typeof replacer === "function")
        it2 = replacer.call(iterable, String(i++), it2);
      let key, value;
      if (Array.isArray(it2)) {
        if (it2.length === 2) {
          key = it2[0];
          value = it2[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it2}`);
      } else if (it2 && it2 instanceof Object) {
        const keys = Object.keys(it2);
        if (keys.length === 1) {
          key = keys[0];
          value = it2[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it2;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs;
var init_pairs = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js"() {
    init_identity();
    init_Pair();
    init_Scalar();
    init_YAMLSeq();
    pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap, omap;
var init_omap = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js"() {
    init_identity();
    init_toJS();
    init_YAMLMap();
    init_YAMLSeq();
    init_pairs();
    YAMLOMap = class _YAMLOMap extends YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair2 of this.items) {
          let key, value;
          if (isPair(pair2)) {
            key = toJS(pair2.key, "", ctx);
            value = toJS(pair2.value, key, ctx);
          } else {
            key = toJS(pair2, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema4, iterable, ctx) {
        const pairs2 = createPairs(schema4, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs2.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs2 = resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs2.items) {
          if (isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs2);
      },
      createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag, falseTag;
var init_bool2 = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js"() {
    init_Scalar();
    trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar(true),
      stringify: boolStringify
    };
    falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar(false),
      stringify: boolStringify
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2, floatExp2, float2;
var init_float2 = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/float.js"() {
    init_Scalar();
    init_stringifyNumber();
    floatNaN2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber
    };
    floatExp2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
      }
    };
    float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix2) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
  }
  return stringifyNumber(node);
}
var intIdentify3, intBin, intOct2, int2, intHex2;
var init_int2 = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/int.js"() {
    init_stringifyNumber();
    intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
    intBin = {
      identify: intIdentify3,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
      stringify: (node) => intStringify2(node, 2, "0b")
    };
    intOct2 = {
      identify: intIdentify3,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
      stringify: (node) => intStringify2(node, 8, "0")
    };
    int2 = {
      identify: intIdentify3,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
      stringify: stringifyNumber
    };
    intHex2 = {
      identify: intIdentify3,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
      stringify: (node) => intStringify2(node, 16, "0x")
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet, set;
var init_set = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/set.js"() {
    init_identity();
    init_Pair();
    init_YAMLMap();
    YAMLSet = class _YAMLSet extends YAMLMap {
      constructor(schema4) {
        super(schema4);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair(key.key, null);
        else
          pair2 = new Pair(key, null);
        const prev = findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = findPair(this.items, key);
        return !keepPair && isPair(pair2) ? isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema4, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema4);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
      resolve(map2, onError) {
        if (isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime, floatTime, timestamp;
var init_timestamp = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js"() {
    init_stringifyNumber();
    intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
  }
});

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3;
var init_schema3 = __esm({
  "node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js"() {
    init_map();
    init_null();
    init_seq();
    init_string();
    init_binary();
    init_bool2();
    init_float2();
    init_int2();
    init_merge();
    init_omap();
    init_pairs();
    init_set();
    init_timestamp();
    schema3 = [
      map,
      seq,
      string,
      nullTag,
      trueTag,
      falseTag,
      intBin,
      intOct2,
      int2,
      intHex2,
      floatNaN2,
      floatExp2,
      float2,
      binary,
      merge,
      omap,
      pairs,
      set,
      intTime,
      floatTime,
      timestamp
    ];
  }
});

// node_modules/yaml/browser/dist/schema/tags.js
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}
var schemas, tagsByName, coreKnownTags;
var init_tags = __esm({
  "node_modules/yaml/browser/dist/schema/tags.js"() {
    init_map();
    init_null();
    init_seq();
    init_string();
    init_bool();
    init_float();
    init_int();
    init_schema();
    init_schema2();
    init_binary();
    init_merge();
    init_omap();
    init_pairs();
    init_schema3();
    init_set();
    init_timestamp();
    schemas = /* @__PURE__ */ new Map([
      ["core", schema],
      ["failsafe", [map, seq, string]],
      ["json", schema2],
      ["yaml11", schema3],
      ["yaml-1.1", schema3]
    ]);
    tagsByName = {
      binary,
      bool: boolTag,
      float,
      floatExp,
      floatNaN,
      floatTime,
      int,
      intHex,
      intOct,
      intTime,
      map,
      merge,
      null: nullTag,
      omap,
      pairs,
      seq,
      set,
      timestamp
    };
    coreKnownTags = {
      "tag:yaml.org,2002:binary": binary,
      "tag:yaml.org,2002:merge": merge,
      "tag:yaml.org,2002:omap": omap,
      "tag:yaml.org,2002:pairs": pairs,
      "tag:yaml.org,2002:set": set,
      "tag:yaml.org,2002:timestamp": timestamp
    };
  }
});

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey, Schema;
var init_Schema = __esm({
  "node_modules/yaml/browser/dist/schema/Schema.js"() {
    init_identity();
    init_map();
    init_seq();
    init_string();
    init_tags();
    sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
        this.name = typeof schema4 === "string" && schema4 || "core";
        this.knownTags = resolveKnownTags ? coreKnownTags : {};
        this.tags = getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, MAP, { value: map });
        Object.defineProperty(this, SCALAR, { value: string });
        Object.defineProperty(this, SEQ, { value: seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
  }
});

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}
var init_stringifyDocument = __esm({
  "node_modules/yaml/browser/dist/stringify/stringifyDocument.js"() {
    init_identity();
    init_stringify();
    init_stringifyComment();
  }
});

// node_modules/yaml/browser/dist/doc/Document.js
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}
var Document;
var init_Document = __esm({
  "node_modules/yaml/browser/dist/doc/Document.js"() {
    init_Alias();
    init_Collection();
    init_identity();
    init_Pair();
    init_toJS();
    init_Schema();
    init_stringifyDocument();
    init_anchors();
    init_applyReviver();
    init_createNode();
    init_directives();
    Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, NODE_TYPE, { value: DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [NODE_TYPE]: { value: DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
        }
        return new Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode(value, tag, ctx);
        if (flow && isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (isEmptyPath(path2))
          return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
        return isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (isEmptyPath(path2))
          return this.contents !== void 0;
        return isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument(this, options);
      }
    };
  }
});

// node_modules/yaml/browser/dist/errors.js
var YAMLError, YAMLParseError, YAMLWarning;
var init_errors = __esm({
  "node_modules/yaml/browser/dist/errors.js"() {
    YAMLError = class extends Error {
      constructor(name, pos, code2, message2) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message2;
        this.pos = pos;
      }
    };
    YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLParseError", pos, code2, message2);
      }
    };
    YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLWarning", pos, code2, message2);
      }
    };
  }
});

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}
var init_resolve_props = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-props.js"() {
  }
});

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st2 of key.end)
          if (st2.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it2 of key.items) {
        for (const st2 of it2.start)
          if (st2.type === "newline")
            return true;
        if (it2.sep) {
          for (const st2 of it2.sep)
            if (st2.type === "newline")
              return true;
        }
        if (containsNewline(it2.key) || containsNewline(it2.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}
var init_util_contains_newline = __esm({
  "node_modules/yaml/browser/dist/compose/util-contains-newline.js"() {
  }
});

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}
var init_util_flow_indent_check = __esm({
  "node_modules/yaml/browser/dist/compose/util-flow-indent-check.js"() {
    init_util_contains_newline();
  }
});

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair2) => isEqual(pair2.key, search));
}
var init_util_map_includes = __esm({
  "node_modules/yaml/browser/dist/compose/util-map-includes.js"() {
    init_identity();
  }
});

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep2, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep2) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep2 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode2 = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep2, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode2.range[2];
      const pair2 = new Pair(keyNode, valueNode2);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      map2.items.push(pair2);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair2 = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      map2.items.push(pair2);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}
var startColMsg;
var init_resolve_block_map = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-block-map.js"() {
    init_Pair();
    init_YAMLMap();
    init_resolve_props();
    init_util_contains_newline();
    init_util_flow_indent_check();
    init_util_map_includes();
    startColMsg = "All mapping items must start at the same column";
  }
});

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}
var init_resolve_block_seq = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-block-seq.js"() {
    init_YAMLSeq();
    init_resolve_props();
    init_util_flow_indent_check();
  }
});

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep2 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep2 + cb;
          sep2 = "";
          break;
        }
        case "newline":
          if (comment)
            sep2 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}
var init_resolve_end = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-end.js"() {
  }
});

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep2, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep2?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep2 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st2 of start) {
          switch (st2.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st2.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep2 && !props.found) {
      const valueNode2 = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep2, null, props, onError);
      coll.items.push(valueNode2);
      offset = valueNode2.range[2];
      if (isBlock(value))
        onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep2 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep2)
            for (const st2 of sep2) {
              if (st2 === valueProps.found)
                break;
              if (st2.type === "newline") {
                onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode2 = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
      if (valueNode2) {
        if (isBlock(value))
          onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair2 = new Pair(keyNode, valueNode2);
      if (ctx.options.keepSourceTokens)
        pair2.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair2);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair2);
        const endRange = (valueNode2 ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode2 ? valueNode2.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce2, ...ee2] = fc.end;
  let cePos = offset;
  if (ce2?.source === expectedEnd)
    cePos = ce2.offset + ce2.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce2 && ce2.source.length !== 1)
      ee2.unshift(ce2);
  }
  if (ee2.length > 0) {
    const end = resolveEnd(ee2, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}
var blockMsg, isBlock;
var init_resolve_flow_collection = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-flow-collection.js"() {
    init_identity();
    init_Pair();
    init_YAMLMap();
    init_YAMLSeq();
    init_resolve_end();
    init_resolve_props();
    init_util_contains_newline();
    init_util_map_includes();
    blockMsg = "Block collections are not allowed within flow collections";
    isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
  }
});

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message2 = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message2);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt2 = ctx.schema.knownTags[tagName];
    if (kt2?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
      tag = kt2;
    } else {
      if (kt2) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}
var init_compose_collection = __esm({
  "node_modules/yaml/browser/dist/compose/compose-collection.js"() {
    init_identity();
    init_Scalar();
    init_YAMLMap();
    init_YAMLSeq();
    init_resolve_block_map();
    init_resolve_block_seq();
    init_resolve_flow_collection();
  }
});

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message2);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message2 = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message2);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep2 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message2 = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep2 === " ")
        sep2 = "\n";
      else if (!prevMoreIndented && sep2 === "\n")
        sep2 = "\n\n";
      value += sep2 + indent.slice(trimIndent) + content;
      sep2 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep2 === "\n")
        value += "\n";
      else
        sep2 = "\n";
    } else {
      value += sep2 + content;
      sep2 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message2 = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message2);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message2 = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message2);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}
var init_resolve_block_scalar = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-block-scalar.js"() {
    init_Scalar();
  }
});

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re2 = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re2.comment,
    range: [offset, valueEnd, re2.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match2 = line.exec(source);
  if (!match2)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match2[1].replace(trimEnd, "");
  let sep2 = " ";
  let pos = line.lastIndex;
  while (match2 = line.exec(source)) {
    const lm = match2[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep2 === "\n")
        res += sep2;
      else
        sep2 = "\n";
    } else {
      res += sep2 + lm;
      sep2 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match2 = last.exec(source);
  return res + sep2 + (match2?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code2 = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code2);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}
var escapeCodes;
var init_resolve_flow_scalar = __esm({
  "node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js"() {
    init_Scalar();
    init_resolve_end();
    escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
  }
});

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range2;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt2 = schema4.knownTags[tagName];
  if (kt2 && !kt2.collection) {
    schema4.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
    return kt2;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}
var init_compose_scalar = __esm({
  "node_modules/yaml/browser/dist/compose/compose-scalar.js"() {
    init_identity();
    init_Scalar();
    init_resolve_block_scalar();
    init_resolve_flow_scalar();
  }
});

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st2 = before[i];
      switch (st2.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st2.source.length;
          continue;
      }
      st2 = before[++i];
      while (st2?.type === "space") {
        offset += st2.source.length;
        st2 = before[++i];
      }
      break;
    }
  }
  return offset;
}
var init_util_empty_scalar_position = __esm({
  "node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js"() {
  }
});

// node_modules/yaml/browser/dist/compose/compose-node.js
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message2 = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message2);
      }
      break;
    default: {
      const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message2);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re2 = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re2.offset];
  if (re2.comment)
    alias.comment = re2.comment;
  return alias;
}
var CN;
var init_compose_node = __esm({
  "node_modules/yaml/browser/dist/compose/compose-node.js"() {
    init_Alias();
    init_identity();
    init_compose_collection();
    init_compose_scalar();
    init_resolve_end();
    init_util_empty_scalar_position();
    CN = { composeNode, composeEmptyNode };
  }
});

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd2 = doc.contents.range[2];
  const re2 = resolveEnd(end, contentEnd2, false, onError);
  if (re2.comment)
    doc.comment = re2.comment;
  doc.range = [offset, contentEnd2, re2.offset];
  return doc;
}
var init_compose_doc = __esm({
  "node_modules/yaml/browser/dist/compose/compose-doc.js"() {
    init_Document();
    init_compose_node();
    init_resolve_end();
    init_resolve_props();
  }
});

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer;
var init_composer = __esm({
  "node_modules/yaml/browser/dist/compose/composer.js"() {
    init_directives();
    init_Document();
    init_errors();
    init_identity();
    init_compose_doc();
    init_resolve_end();
    Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new YAMLWarning(pos, code2, message2));
          else
            this.errors.push(new YAMLParseError(pos, code2, message2));
        };
        this.directives = new Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
  }
});

// node_modules/yaml/browser/dist/parse/cst-scalar.js
var init_cst_scalar = __esm({
  "node_modules/yaml/browser/dist/parse/cst-scalar.js"() {
    init_resolve_block_scalar();
    init_resolve_flow_scalar();
    init_errors();
    init_stringifyString();
  }
});

// node_modules/yaml/browser/dist/parse/cst-stringify.js
var init_cst_stringify = __esm({
  "node_modules/yaml/browser/dist/parse/cst-stringify.js"() {
  }
});

// node_modules/yaml/browser/dist/parse/cst-visit.js
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
function _visit(path2, item, visitor) {
  let ctrl = visitor(item, path2);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path2);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
}
var BREAK2, SKIP2, REMOVE2;
var init_cst_visit = __esm({
  "node_modules/yaml/browser/dist/parse/cst-visit.js"() {
    BREAK2 = /* @__PURE__ */ Symbol("break visit");
    SKIP2 = /* @__PURE__ */ Symbol("skip children");
    REMOVE2 = /* @__PURE__ */ Symbol("remove item");
    visit2.BREAK = BREAK2;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE2;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
  }
});

// node_modules/yaml/browser/dist/parse/cst.js
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}
var BOM, DOCUMENT, FLOW_END, SCALAR2;
var init_cst = __esm({
  "node_modules/yaml/browser/dist/parse/cst.js"() {
    init_cst_scalar();
    init_cst_stringify();
    init_cst_visit();
    BOM = "\uFEFF";
    DOCUMENT = "";
    FLOW_END = "";
    SCALAR2 = "";
  }
});

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits, tagChars, flowIndicatorChars, invalidAnchorChars, isNotAnchorChar, Lexer;
var init_lexer = __esm({
  "node_modules/yaml/browser/dist/parse/lexer.js"() {
    init_cst();
    hexDigits = new Set("0123456789ABCDEFabcdef");
    tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    flowIndicatorChars = new Set(",[]{}");
    invalidAnchorChars = new Set(" ,[]{}\n\r	");
    isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield SCALAR2;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield SCALAR2;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
  }
});

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter;
var init_line_counter = __esm({
  "node_modules/yaml/browser/dist/parse/line-counter.js"() {
    LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
  }
});

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it2 = parent.items[parent.items.length - 1];
      return it2.sep ?? it2.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it2 of fc.items) {
      if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
        if (it2.key)
          it2.value = it2.key;
        delete it2.key;
        if (isFlowToken(it2.value)) {
          if (it2.value.end)
            arrayPushArray(it2.value.end, it2.sep);
          else
            it2.value.end = it2.sep;
        } else
          arrayPushArray(it2.start, it2.sep);
        delete it2.sep;
      }
    }
  }
}
var Parser;
var init_parser = __esm({
  "node_modules/yaml/browser/dist/parse/parser.js"() {
    init_cst();
    init_lexer();
    Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it2 = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep2 = it2.sep;
                  sep2.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it2, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it2 = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq2.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it2.sep)
                this.stack.push(fs);
              else
                Object.assign(it2, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
  }
});

// node_modules/yaml/browser/dist/public-api.js
var init_public_api = __esm({
  "node_modules/yaml/browser/dist/public-api.js"() {
    init_composer();
    init_Document();
    init_errors();
    init_log();
    init_identity();
    init_line_counter();
    init_parser();
  }
});

// node_modules/yaml/browser/dist/index.js
var init_dist = __esm({
  "node_modules/yaml/browser/dist/index.js"() {
    init_composer();
    init_Document();
    init_Schema();
    init_errors();
    init_Alias();
    init_identity();
    init_Pair();
    init_Scalar();
    init_YAMLMap();
    init_YAMLSeq();
    init_cst();
    init_lexer();
    init_line_counter();
    init_parser();
    init_public_api();
    init_visit();
  }
});

// node_modules/yaml/browser/index.js
var init_browser = __esm({
  "node_modules/yaml/browser/index.js"() {
    init_dist();
    init_dist();
  }
});

// src/load/yaml.ts
function lineIndex(text) {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
  return lc;
}
function parseSource(path2, text, limits = DEFAULT_PARSE_LIMITS) {
  const lineCounter = lineIndex(text);
  const problems = [];
  let doc;
  try {
    const parsed = parseChecked(text, limits.maxDepth);
    doc = parsed.doc;
    if (parsed.deepAt !== void 0) {
      problems.push({ message: `the document nests deeper than ${Math.min(limits.maxDepth, HARD_MAX_DEPTH)} levels`, offset: parsed.deepAt, endOffset: parsed.deepAt });
      doc = void 0;
    }
  } catch {
    problems.push({ message: "the YAML parser could not read the file", offset: 0, endOffset: 0 });
  }
  if (doc) {
    for (const e of doc.errors) {
      problems.push({ message: syntaxMessage(e.code, e.message), offset: e.pos[0], endOffset: e.pos[1] });
    }
  }
  let data;
  const merges = [];
  if (doc && problems.length === 0) {
    let deep;
    try {
      deep = findTooDeep(doc.contents, limits.maxDepth);
    } catch {
      deep = doc.contents ?? void 0;
    }
    if (deep) {
      const r = deep.range ?? [0, 0];
      problems.push({ message: `the document nests deeper than ${limits.maxDepth} levels`, offset: r[0], endOffset: r[0] });
    } else {
      try {
        const prepared = prepare(doc, limits);
        if (prepared.problem) problems.push(prepared.problem);
        else {
          merges.push(...prepared.merges);
          data = toData(doc.contents);
        }
      } catch {
        problems.push({ message: "the document nests too deeply to be read", offset: 0, endOffset: 0, whole: true });
      }
    }
  }
  const file = { path: path2, text, doc, lineCounter, data, broken: problems.length > 0, merges };
  return { file, problems };
}
function parseChecked(text, maxDepth) {
  const limit = Math.min(maxDepth, HARD_MAX_DEPTH);
  let deepAt;
  function* checked() {
    for (const token of new Parser().parse(text)) {
      deepAt = tooDeep(token, limit);
      if (deepAt !== void 0) return;
      yield token;
    }
  }
  let doc;
  for (const d of new Composer(PARSE_OPTIONS).compose(checked(), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return deepAt === void 0 ? { doc } : { doc, deepAt };
}
function tooDeep(root, limit) {
  const nodes = [root];
  const depths = [0];
  while (nodes.length) {
    const v = nodes.pop();
    const depth = depths.pop();
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== null && typeof x === "object") {
          nodes.push(x);
          depths.push(depth);
        }
      }
      continue;
    }
    const t = v;
    let d = depth;
    const type = t.type;
    if (type === "block-map" || type === "block-seq" || type === "flow-collection") {
      d++;
      if (d > limit) return typeof t.offset === "number" ? t.offset : 0;
    }
    for (const k in t) {
      if (!Object.prototype.hasOwnProperty.call(t, k)) continue;
      const x = t[k];
      if (x !== null && typeof x === "object") {
        nodes.push(x);
        depths.push(d);
      }
    }
  }
  return void 0;
}
function syntaxMessage(code2, message2) {
  const first = message2.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code2 === "MULTIPLE_DOCS") return "the file holds more than one YAML document (a second `---`); a declaration file is one document";
  if (code2 === "DUPLICATE_KEY") return "duplicate key: map keys must be unique";
  const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
  if (FIXED_MESSAGES.has(first)) return lower(first);
  let m = /^Unexpected ([a-z-]+)(?: at node end| token)?$/.exec(first);
  if (m && TOKEN_TYPES.has(m[1])) return `unexpected ${tokenWords(m[1])}`;
  m = /^Expected a flow scalar value, but found: ([a-z-]+)$/.exec(first);
  if (m && TOKEN_TYPES.has(m[1])) return `expected a flow scalar value, found ${tokenWords(m[1])}`;
  m = /^Unexpected (\S+) in (flow map|flow sequence|collection)$/.exec(first);
  if (m) return `unexpected ${INDICATORS.get(m[1]) ?? "token"} in ${m[2] === "collection" ? "a collection" : `a ${m[2]}`}`;
  m = /^(Missing , between|Missing , or : between|Missing space after : in|Unexpected empty item in) (flow map|flow sequence)( items)?$/.exec(first);
  if (m) return lower(first);
  m = /^(Flow map|Flow sequence)( in block collection)? must (?:be sufficiently indented and )?end with a ([\]}])$/.exec(first);
  if (m) return lower(first);
  return CODE_WORDS.get(code2) ?? "a YAML syntax error";
}
function keyText(key) {
  const k = isAlias(key) ? ALIAS_TARGETS.get(key) : key;
  if (!isScalar(k)) return void 0;
  return k.value === null ? "" : String(k.value);
}
function isMergeKey2(key) {
  return isScalar(key) && key.value === "<<" && (key.type === void 0 || key.type === "PLAIN");
}
function prepare(doc, limits) {
  const anchors = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  const weight = /* @__PURE__ */ new Map();
  const merges = [];
  let nodes = 0;
  let merged = 0;
  let problem2;
  const fail = (message2, node, whole = false) => {
    const r = offsetsOf(node);
    problem2 ??= { message: message2, offset: Math.max(0, r[0]), endOffset: Math.max(0, r[1]), whole };
    return 0;
  };
  const walk = (node) => {
    if (problem2 || node === null || node === void 0) return 0;
    nodes++;
    LOAD_WORK.steps++;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return fail("an alias names no anchor: the anchor (`&name`) must come before the alias (`*name`)", node);
      if (open.has(target)) return fail("an alias names a node that contains it", node);
      ALIAS_TARGETS.set(node, target);
      return 1 + (weight.get(target) ?? 0);
    }
    const n = node;
    if (n.anchor) anchors.set(n.anchor, n);
    open.add(n);
    let w = 0;
    if (isMap(n)) {
      const keys = /* @__PURE__ */ new Set();
      let merges2;
      for (const pair2 of n.items) {
        w += walk(pair2.key) + walk(pair2.value);
        if (problem2) break;
        if (isMergeKey2(pair2.key)) {
          (merges2 ??= []).push(pair2);
          continue;
        }
        const k = keyText(pair2.key);
        if (k === void 0) continue;
        if (keys.has(k)) fail("duplicate key: map keys must be unique", pair2.key);
        keys.add(k);
      }
      if (merges2 && !problem2) {
        if (merges2.length > 1) fail("duplicate key: a map has more than one merge key `<<`", merges2[1].key);
        else merged += merge2(n, merges2[0], keys);
        if (!problem2 && merged > nodes + 1e4) fail("the merge keys (`<<`) of the document copy more entries than it holds (a merge bomb?)", null, true);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) w += walk(item);
    }
    open.delete(n);
    w = Math.min(w, Number.MAX_SAFE_INTEGER);
    weight.set(n, w);
    return w;
  };
  const merge2 = (map2, pair2, explicit) => {
    const value = isAlias(pair2.value) ? ALIAS_TARGETS.get(pair2.value) : pair2.value;
    const sources = isSeq(value) ? value.items.map((i) => isAlias(i) ? ALIAS_TARGETS.get(i) : i) : [value];
    const added = [];
    for (const source of sources) {
      if (!isMap(source)) {
        fail("a merge key `<<` takes a map or a list of maps (`<<: *base`, `<<: [*a, *b]`)", pair2.value ?? pair2.key);
        return 0;
      }
      const r = offsetsOf(source);
      const into = offsetsOf(map2);
      if (r[0] >= 0 && into[0] >= 0) merges.push({ into: [into[0], into[1]], from: [r[0], r[1]] });
      for (const p of source.items) {
        const k = keyText(p.key);
        if (k === void 0 || explicit.has(k)) continue;
        explicit.add(k);
        added.push(p);
      }
    }
    const at2 = map2.items.indexOf(pair2);
    map2.items.splice(at2, 1, ...added);
    return added.length;
  };
  const total = walk(doc.contents);
  if (!problem2 && total > limits.maxAliasCount) {
    fail(`the document expands more than ${limits.maxAliasCount} aliases (an alias bomb?)`, null, true);
  }
  return { problem: problem2, merges };
}
function toData(root, index) {
  const done = /* @__PURE__ */ new Map();
  const convert = (node) => {
    if (node === null || node === void 0) return null;
    LOAD_WORK.steps++;
    if (isAlias(node)) node = ALIAS_TARGETS.get(node) ?? null;
    if (done.has(node)) return done.get(node);
    let out;
    if (isScalar(node)) out = node.value === void 0 ? null : node.value;
    else if (isMap(node)) {
      const obj = {};
      done.set(node, obj);
      for (const pair2 of node.items) {
        const k = keyText(pair2.key) ?? JSON.stringify(convert(pair2.key));
        Object.defineProperty(obj, k, { value: convert(pair2.value), enumerable: true, writable: true, configurable: true });
      }
      out = obj;
      if (index && node.range) index.set(`${node.range[0]}:${node.range[1]}`, obj);
    } else if (isSeq(node)) {
      const arr = [];
      done.set(node, arr);
      for (const item of node.items) arr.push(convert(item));
      out = arr;
    } else out = null;
    done.set(node, out);
    return out;
  };
  return convert(root);
}
function keepDeclData(file) {
  if (!file.doc || file.broken) return;
  const index = /* @__PURE__ */ new Map();
  index.set("root", toData(file.doc.contents, index));
  file.declData = index;
}
function findTooDeep(root, maxDepth) {
  const visit3 = (n, d) => {
    if (!isMap(n) && !isSeq(n)) return void 0;
    if (d >= maxDepth) return n;
    for (const item of n.items) {
      const hit = isPair(item) ? visit3(item.key, d + 1) ?? visit3(item.value, d + 1) : visit3(item, d + 1);
      if (hit) return hit;
    }
    return void 0;
  };
  return visit3(root, 0);
}
function documentOf(file) {
  if (file.doc || file.broken) return file.doc;
  const doc = parseChecked(file.text, HARD_MAX_DEPTH).doc;
  if (!doc) return void 0;
  prepare(doc, { maxAliasCount: Number.MAX_SAFE_INTEGER, maxDepth: Number.MAX_SAFE_INTEGER });
  file.doc = doc;
  return file.doc;
}
function offsetsOf(node) {
  return node?.range ?? NO_RANGE;
}
function locOf(file, node) {
  const r = offsetsOf(node);
  return { file, start: r[0], end: r[1] };
}
function locRange(loc) {
  return loc.start < 0 ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : offsetRange(loc.file, loc.start, loc.end);
}
function insideMerged(loc, into) {
  const merges = loc.file.merges;
  if (merges.length === 0 || loc.file !== into.file || loc.start < 0 || into.start < 0) return false;
  let sorted = SORTED_MERGES.get(merges);
  if (!sorted) {
    sorted = [...merges].sort((a, b) => a.into[0] - b.into[0]);
    SORTED_MERGES.set(merges, sorted);
  }
  const list2 = sorted;
  const queue = [[into.start, into.end]];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length) {
    const r = queue.pop();
    let lo = 0;
    let hi = list2.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list2[mid].into[0] < r[0]) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list2.length && list2[i].into[0] <= r[1]; i++) {
      if (seen.has(i)) continue;
      seen.add(i);
      const from = list2[i].from;
      if (loc.start >= from[0] && loc.start <= from[1]) return true;
      queue.push(from);
    }
  }
  return false;
}
function hasNode(loc) {
  return loc.start >= 0;
}
function nodeAt(loc, kind) {
  const doc = documentOf(loc.file);
  if (!doc || loc.start < 0) return void 0;
  const want = (n) => kind === "map" ? isMap(n) : kind === "seq" ? isSeq(n) : isScalar(n);
  let found;
  const walk = (n) => {
    if (found || n === null || n === void 0) return;
    LOAD_WORK.steps++;
    const r = n.range;
    if (r && (loc.start < r[0] || loc.start > r[2])) return;
    if (r && r[0] === loc.start && r[1] === loc.end && want(n)) {
      found = n;
      return;
    }
    if (isMap(n)) {
      for (const p of n.items) {
        walk(p.key);
        walk(p.value);
      }
    } else if (isSeq(n)) {
      for (const i of n.items) walk(i);
    }
  };
  walk(doc.contents);
  return found;
}
function position(file, offset) {
  const p = file.lineCounter.linePos(Math.max(0, Math.min(offset, file.text.length)));
  const bom = p.line === 1 && file.text.charCodeAt(0) === 65279 ? 1 : 0;
  return { line: p.line, column: Math.max(1, p.col - bom) };
}
function offsetRange(file, start, end) {
  let e = Math.max(start, end);
  while (e > start && /\s/.test(file.text.charAt(e - 1))) {
    e--;
    LOAD_WORK.steps++;
  }
  const s = position(file, start);
  const t = position(file, e);
  return { line: s.line, column: s.column, endLine: t.line, endColumn: t.column };
}
function mapPairs(node) {
  const out = [];
  if (!isMap(node)) return out;
  LOAD_WORK.steps += node.items.length;
  for (const pair2 of node.items) {
    if (isScalar(pair2.key)) out.push([String(pair2.key.value), pair2]);
  }
  return out;
}
function getPair(node, key) {
  if (!isMap(node)) return void 0;
  const items = node.items;
  if (items.length > SMALL_MAP) {
    let index = PAIR_INDEX.get(node);
    if (!index || index.length !== items.length) {
      index = { length: items.length, pairs: /* @__PURE__ */ new Map() };
      LOAD_WORK.steps += items.length;
      for (const pair2 of items) {
        if (isScalar(pair2.key)) {
          const k = String(pair2.key.value);
          if (!index.pairs.has(k)) index.pairs.set(k, pair2);
        }
      }
      PAIR_INDEX.set(node, index);
    }
    const hit = index.pairs.get(key);
    if (hit === void 0 || isScalar(hit.key) && String(hit.key.value) === key) return hit;
    PAIR_INDEX.delete(node);
  }
  for (const pair2 of items) {
    LOAD_WORK.steps++;
    if (isScalar(pair2.key) && String(pair2.key.value) === key) return pair2;
  }
  return void 0;
}
function deref(doc, node) {
  if (isAlias(node)) {
    const target = ALIAS_TARGETS.get(node);
    if (target) return target;
  }
  if (isAlias(node) && doc) {
    try {
      return node.resolve(doc) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function nodeAtPointer(doc, segments) {
  let node = doc?.contents ?? void 0;
  let key;
  for (const seg of segments) {
    node = deref(doc, node);
    if (isMap(node)) {
      const pair2 = getPair(node, seg);
      if (!pair2) return { node, key, exact: false };
      key = pair2.key;
      node = pair2.value;
      if (node === null || node === void 0) return { node: key, key, exact: true };
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === void 0 || !/^\d+$/.test(seg)) return { node, key, exact: false };
      key = void 0;
      node = item;
    } else {
      return { node, key, exact: false };
    }
  }
  return { node: deref(doc, node), key, exact: true };
}
var LOAD_WORK, DEFAULT_PARSE_LIMITS, PARSE_OPTIONS, HARD_MAX_DEPTH, TOKEN_TYPES, INDICATORS, FIXED_MESSAGES, CODE_WORDS, tokenWords, ALIAS_TARGETS, NO_RANGE, SORTED_MERGES, SMALL_MAP, PAIR_INDEX;
var init_yaml = __esm({
  "src/load/yaml.ts"() {
    "use strict";
    init_browser();
    LOAD_WORK = { steps: 0 };
    DEFAULT_PARSE_LIMITS = { maxAliasCount: 100, maxDepth: 64 };
    PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false, resolveKnownTags: false, logLevel: "error" };
    HARD_MAX_DEPTH = 256;
    TOKEN_TYPES = /* @__PURE__ */ new Set([
      "alias",
      "anchor",
      "block-map",
      "block-scalar",
      "block-seq",
      "byte-order-mark",
      "comma",
      "comment",
      "directive",
      "directive-line",
      "doc-end",
      "doc-mode",
      "doc-start",
      "document",
      "double-quoted-scalar",
      "error",
      "explicit-key-ind",
      "flow-collection",
      "flow-error-end",
      "flow-map-end",
      "flow-map-start",
      "flow-seq-end",
      "flow-seq-start",
      "map-value-ind",
      "newline",
      "scalar",
      "seq-item-ind",
      "single-quoted-scalar",
      "space",
      "tag",
      "block-seq-ind"
    ]);
    INDICATORS = /* @__PURE__ */ new Map([
      [",", "comma"],
      [":", "map value indicator `:`"],
      ["?", "explicit key indicator `?`"],
      ["-", "sequence item indicator `-`"],
      ["]", "flow sequence end `]`"],
      ["}", "flow map end `}`"],
      ["[", "flow sequence start `[`"],
      ["{", "flow map start `{`"]
    ]);
    FIXED_MESSAGES = /* @__PURE__ */ new Set([
      "A block sequence may not be used as an implicit map key",
      "A node can have at most one anchor",
      "A node can have at most one tag",
      "Alias cannot be an empty string",
      "Alias ending in : is ambiguous",
      "All mapping items must start at the same column",
      "All sequence items must start at the same column",
      "An alias node must not specify any properties",
      "Anchor cannot be an empty string",
      "Anchor ending in : is ambiguous",
      "Block collection cannot start on same line with directives-end marker",
      "Block collections are not allowed within flow collections",
      "Block scalar header not found",
      "Block scalar values in collections must be indented",
      "Block scalars with more-indented leading empty lines must use an explicit indentation indicator",
      "Block scalar lines must not be less indented than their explicit indentation indicator",
      "Block scalar lines must not be less indented than their first line",
      "Comments must be separated from other tokens by white space characters",
      "Flow end indicator should be more indented than parent",
      "Implicit keys need to be on a single line",
      "Implicit keys of flow sequence pairs need to be on a single line",
      "Implicit map keys need to be followed by map values",
      "Invalid block scalar header",
      "Map comment with trailing content",
      'Missing closing "quote',
      "Missing closing 'quote",
      "Missing directives-end indicator line",
      "Missing directives-end/doc-start indicator line",
      "Missing newline after block sequence props",
      "Nested mappings are not allowed in compact mappings",
      "Sequence item without - indicator",
      "Tabs are not allowed as indentation",
      "Tags and anchors must be separated from the next token by white space",
      "The : indicator must be at most 1024 chars after the start of an implicit block mapping key",
      "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key",
      "Unexpected block-seq-ind on same line with key",
      "Unexpected doc-end without preceding document"
    ]);
    CODE_WORDS = /* @__PURE__ */ new Map([
      ["ALIAS_PROPS", "an alias cannot have an anchor or a tag"],
      ["BAD_ALIAS", "an invalid alias"],
      ["BAD_COLLECTION_TYPE", "a tag used on the wrong kind of collection"],
      ["BAD_DIRECTIVE", "an invalid `%` directive"],
      ["BAD_DQ_ESCAPE", "an invalid escape sequence in a double-quoted string"],
      ["BAD_INDENT", "bad indentation"],
      ["BAD_PROP_ORDER", "an anchor or a tag in the wrong place"],
      ["BAD_SCALAR_START", "a plain value that starts with a reserved indicator character (quote the value)"],
      ["BLOCK_AS_IMPLICIT_KEY", "a block collection used as a map key"],
      ["BLOCK_IN_FLOW", "a block collection inside a flow collection"],
      ["DUPLICATE_KEY", "duplicate key: map keys must be unique"],
      ["IMPOSSIBLE", "a structure the YAML parser cannot read"],
      ["KEY_OVER_1024_CHARS", "a map key longer than 1024 characters"],
      ["MISSING_CHAR", "a missing character"],
      ["MULTILINE_IMPLICIT_KEY", "a map key that spans several lines"],
      ["MULTIPLE_ANCHORS", "a node with more than one anchor"],
      ["MULTIPLE_TAGS", "a node with more than one tag"],
      ["NON_STRING_KEY", "a map key that is not a string"],
      ["TAB_AS_INDENT", "a tab used as indentation"],
      ["TAG_RESOLVE_FAILED", "an unknown tag"],
      ["UNEXPECTED_TOKEN", "an unexpected token"],
      ["RESOURCE_EXHAUSTION", "a document too large to read"]
    ]);
    tokenWords = (type) => type.replace(/-ind$/, "-indicator").replace(/-/g, " ");
    ALIAS_TARGETS = /* @__PURE__ */ new WeakMap();
    NO_RANGE = [-1, -1];
    SORTED_MERGES = /* @__PURE__ */ new WeakMap();
    SMALL_MAP = 16;
    PAIR_INDEX = /* @__PURE__ */ new WeakMap();
  }
});

// src/resolve/knowledge.ts
function isGuid(s) {
  return s.length === 36 && GUID_RE.test(s);
}
function isKeyword(s) {
  return KEYWORDS.includes(s);
}
function normalizeTarget(s) {
  return isGuid(s) ? s.toLowerCase() : s;
}
function knownApp(id) {
  return APP_BY_ID.get(id.toLowerCase());
}
function appLabel(id) {
  const app = knownApp(id);
  return app ? `${app.name} (${app.id})` : id;
}
function appTargetCovers(target, appId) {
  return normalizedTargetCovers(normalizeTarget(target), normalizeTarget(appId));
}
function normalizedTargetCovers(target, app) {
  if (target === "AllApplications") return true;
  if (target === "AllMicrosoftApps") return APP_BY_ID.has(app);
  if (target === "Office365") return APP_BY_ID.get(app)?.office365 === true;
  return target === app;
}
function cloudPairSupported(a, b) {
  if (a === b) return true;
  return a === "commercial" || b === "commercial";
}
var KEYWORDS, APP_KEYWORDS, GUID_RE, SUP, B2B, APPS, APP_BY_ID, SENTINEL, PLACEHOLDER_TENANT_ID, TENANTS, CLOUDS, CLOUD_ENDPOINT, CLOUD_NAME, ALL_USERS, ALL_APPS, allowAll, blockAll, B2B_SETTINGS, TRUST_MEMBERS, CONSENT_MEMBERS, PRIMARY_PROVIDERS, FALLBACK_PROVIDERS, SERVICE_DEFAULT, SETTING_LABEL;
var init_knowledge = __esm({
  "src/resolve/knowledge.ts"() {
    "use strict";
    KEYWORDS = ["AllUsers", "AllApplications", "AllMicrosoftApps", "Office365"];
    APP_KEYWORDS = ["AllApplications", "AllMicrosoftApps", "Office365"];
    GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    SUP = "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
    B2B = "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
    APPS = {
      myApps: { id: "2793995e-0a7d-40d7-bd35-6968ba142197", name: "My Apps", office365: false, source: B2B },
      appAccessPanel: { id: "0000000c-0000-0000-c000-000000000000", name: "Microsoft App Access Panel", office365: false, source: B2B },
      myProfile: { id: "8c59ead7-d703-4a27-9e55-c96a0054c8d2", name: "My Profile", office365: false, source: B2B },
      mySignIns: { id: "19db86c3-b2b9-44cc-b339-36da233a3be2", name: "My Sign-ins", office365: false, source: B2B },
      rightsManagement: {
        id: "00000012-0000-0000-c000-000000000000",
        name: "Microsoft Rights Management Services",
        office365: false,
        source: "learn.microsoft.com/entra/external-id/cross-tenant-access-overview (reference/graph-model.md §7 R15)"
      },
      exchangeOnline: { id: "00000002-0000-0ff1-ce00-000000000000", name: "Office 365 Exchange Online", office365: true, source: SUP },
      sharePointOnline: { id: "00000003-0000-0ff1-ce00-000000000000", name: "Office 365 SharePoint Online", office365: true, source: SUP },
      teams: { id: "1fec8e78-bce4-4aaf-ab1b-5451cc387264", name: "Microsoft Teams", office365: true, source: SUP },
      teamsServices: { id: "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", name: "Microsoft Teams Services", office365: true, source: SUP },
      teamsWebClient: { id: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", name: "Microsoft Teams Web Client", office365: true, source: SUP },
      skypeForBusiness: { id: "00000004-0000-0ff1-ce00-000000000000", name: "Skype for Business Online", office365: true, source: SUP },
      vivaEngage: { id: "00000005-0000-0ff1-ce00-000000000000", name: "Viva Engage (Yammer)", office365: true, source: SUP },
      office365Portal: { id: "00000006-0000-0ff1-ce00-000000000000", name: "Microsoft Office 365 Portal", office365: true, source: SUP },
      officeCom: { id: "4b233688-031c-404b-9a80-a4f3f2351f90", name: "Office.com", office365: true, source: SUP },
      officeHome: { id: "4765445b-32c6-49b0-83e6-1d93765276ca", name: "OfficeHome", office365: true, source: SUP },
      microsoftOffice: { id: "d3590ed6-52b3-4102-aeff-aad2292ab01c", name: "Microsoft Office", office365: true, source: SUP },
      forms: { id: "c9a559d2-7aab-4f13-a6ed-e7e9c52aec87", name: "Microsoft Forms", office365: true, source: SUP },
      stream: { id: "cf53fce8-def6-4aeb-8d30-b158e7b1cf83", name: "Microsoft Stream Portal", office365: true, source: SUP },
      graph: { id: "00000003-0000-0000-c000-000000000000", name: "Microsoft Graph", office365: false, source: SUP },
      azureAd: { id: "00000002-0000-0000-c000-000000000000", name: "Windows Azure Active Directory", office365: false, source: SUP },
      azurePortal: { id: "c44b4083-3bb0-49c1-b47d-974e53cbdf3c", name: "Azure Portal", office365: false, source: SUP },
      securityCompliance: { id: "80ccca67-54bd-44ab-8625-4b79c4dc7775", name: "Microsoft 365 Security and Compliance Center", office365: false, source: SUP },
      serviceManagement: { id: "797f4846-ba00-4fd7-ba43-dac1f8f63013", name: "Windows Azure Service Management API", office365: false, source: SUP },
      learn: { id: "18fbca16-2224-45f6-85b0-f7bf2b39b3f3", name: "Microsoft Learn", office365: false, source: SUP },
      powerBiService: { id: "00000009-0000-0000-c000-000000000000", name: "Power BI Service", office365: false, source: SUP },
      powerBi: { id: "871c010f-5e61-4fb1-83ac-98610a7e9110", name: "Microsoft Power BI", office365: false, source: SUP },
      office365Management: { id: "00b41c95-dab0-4487-9791-b9d2c32c80f2", name: "Office 365 Management", office365: false, source: SUP }
    };
    APP_BY_ID = new Map(Object.values(APPS).map((a) => [a.id, a]));
    SENTINEL = "unknownFutureValue";
    PLACEHOLDER_TENANT_ID = "00000000-0000-0000-0000-000000000000";
    TENANTS = {
      microsoftAccounts: "9188040d-6c67-4c5b-b112-36a304b66dad"
    };
    CLOUDS = ["commercial", "usGovernment", "china"];
    CLOUD_ENDPOINT = {
      commercial: "microsoftonline.com",
      usGovernment: "microsoftonline.us",
      china: "partner.microsoftonline.cn"
    };
    CLOUD_NAME = {
      commercial: "Microsoft Azure commercial",
      usGovernment: "Microsoft Azure Government",
      china: "Microsoft Azure operated by 21Vianet"
    };
    ALL_USERS = { target: "AllUsers", targetType: "user" };
    ALL_APPS = { target: "AllApplications", targetType: "application" };
    allowAll = () => ({
      usersAndGroups: { accessType: "allowed", targets: [ALL_USERS] },
      applications: { accessType: "allowed", targets: [ALL_APPS] }
    });
    blockAll = () => ({
      usersAndGroups: { accessType: "blocked", targets: [ALL_USERS] },
      applications: { accessType: "blocked", targets: [ALL_APPS] }
    });
    B2B_SETTINGS = ["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound", "tenantRestrictions"];
    TRUST_MEMBERS = ["isMfaAccepted", "isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted"];
    CONSENT_MEMBERS = ["inboundAllowed", "outboundAllowed"];
    PRIMARY_PROVIDERS = ["azureActiveDirectory", "externalFederation", "socialIdentityProviders"];
    FALLBACK_PROVIDERS = ["defaultConfiguredIdp", "emailOneTimePasscode", "microsoftAccount"];
    SERVICE_DEFAULT = {
      b2bCollaborationInbound: allowAll(),
      b2bCollaborationOutbound: allowAll(),
      b2bDirectConnectInbound: blockAll(),
      b2bDirectConnectOutbound: blockAll(),
      tenantRestrictions: blockAll(),
      inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
      automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false },
      blockServiceProviderOutboundAccess: false,
      invitationRedemptionIdentityProviderConfiguration: {
        primaryIdentityProviderPrecedenceOrder: ["externalFederation", "azureActiveDirectory", "socialIdentityProviders"],
        fallbackIdentityProvider: "defaultConfiguredIdp"
      }
    };
    SETTING_LABEL = {
      b2bCollaborationInbound: "inbound B2B collaboration",
      b2bCollaborationOutbound: "outbound B2B collaboration",
      b2bDirectConnectInbound: "inbound B2B direct connect",
      b2bDirectConnectOutbound: "outbound B2B direct connect",
      tenantRestrictions: "tenant restrictions"
    };
  }
});

// src/engine/levels.ts
function asList(p) {
  return p === void 0 ? [] : Array.isArray(p) ? p : [p];
}
function fromDefault(loc, tenant) {
  if (loc.file !== tenant.file || loc.start < 0) return loc.start < 0;
  if (tenant.defaultLoc && loc.start >= tenant.defaultLoc.start && loc.start <= tenant.defaultLoc.end) return true;
  return sameLoc(loc, tenant.tenantKey) || tenant.defaultKey !== void 0 && sameLoc(loc, tenant.defaultKey);
}
function insidePartner(loc, partner) {
  if (loc.file !== partner.file) return false;
  const entry = partner.entry;
  if (entry.start < 0 || loc.start < 0) return false;
  return loc.start >= entry.start && loc.start <= entry.end || insideMerged(loc, entry);
}
function checkLevels(ctx, tenant, check) {
  const defaults2 = asList(check(tenant.defaults, void 0, tenant));
  const shares = new Map(defaults2.map((d) => [d, []]));
  const own = [];
  for (const partner of tenant.partners) {
    for (const p of asList(check(partner.effective, partner, tenant))) {
      const match2 = defaults2.find((d) => d.key === p.key && sameLoc(d.at, p.at));
      if (match2 && (p.severity ?? "x") === (match2.severity ?? "x")) {
        shares.get(match2)?.push(partner);
      } else if (insidePartner(p.at, partner)) {
        own.push({ problem: p, partner });
      } else if (!fromDefault(p.at, tenant)) {
        own.push({
          problem: {
            ...p,
            message: { ...p.message, what: p.message.what.replace(/\.$/, "") + ` (written at ${p.at.file.path}:${locRange(p.at).line} and used by ${levelName(partner)} through a YAML alias).` },
            related: [...p.related ?? [], { at: partner.entryKey, message: `used by ${levelName(partner)} here` }]
          },
          partner
        });
      } else {
        const at2 = p.partnerAt && insidePartner(p.partnerAt, partner) ? p.partnerAt : partner.entryKey;
        if (p.ownCause && at2 !== partner.entryKey) {
          own.push({ problem: { ...p, at: at2 }, partner });
          continue;
        }
        const from = hasNode(p.at) && !serviceDefault(p.at, tenant) ? ` (inherited from the default at ${p.at.file.path}:${locRange(p.at).line})` : " (inherited from Microsoft's default)";
        own.push({
          problem: {
            ...p,
            at: at2,
            message: { ...p.message, what: p.message.what.replace(/\.$/, "") + from + "." },
            related: [...p.related ?? [], ...hasNode(p.at) && !serviceDefault(p.at, tenant) ? [{ at: p.at, message: "inherited from here" }] : []]
          },
          partner
        });
      }
    }
  }
  for (const d of defaults2) {
    const report = { at: d.at, message: d.message, inheritedBy: shares.get(d) ?? [] };
    if (d.severity) report.severity = d.severity;
    if (d.fix) report.fix = d.fix;
    if (d.related) report.related = d.related;
    ctx.report(report);
  }
  for (const { problem: problem2 } of own) {
    const report = { at: problem2.at, message: problem2.message };
    if (problem2.severity) report.severity = problem2.severity;
    if (problem2.fix) report.fix = problem2.fix;
    if (problem2.related) report.related = problem2.related;
    ctx.report(report);
  }
}
function levelName(partner, capital = false) {
  if (!partner) return capital ? "The default" : "the default";
  if (/^partner\b/i.test(partner.label)) return partner.label;
  return `${capital ? "Partner" : "partner"} ${partner.label}`;
}
function* declarations(model) {
  for (const tenant of model.tenants) {
    yield { tenant, partner: void 0, decl: tenant.defaultDecl };
    for (const partner of tenant.partners) yield { tenant, partner, decl: partner.decl };
  }
}
function possessive(name) {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}
function partnerWithId(partner, capital = false) {
  return partner.name ? `${levelName(partner, capital)} (${partner.id})` : levelName(partner, capital);
}
function levelOwner(partner) {
  return partner ? possessive(levelName(partner, true)) : "The default's";
}
function whereBlocked(list2, apps) {
  const groups = /* @__PURE__ */ new Map();
  for (const app of apps) {
    const member = list2.accessType === "blocked" ? list2.targets.find((t) => t.decl && t.id !== "AllApplications" && appTargetCovers(t.id, app)) : void 0;
    const at2 = member?.decl ? member.decl.target.loc : list2.at;
    const key = `${at2.start}:${at2.end}`;
    const g = groups.get(key);
    if (g) g.apps.push(app);
    else groups.set(key, { apps: [app], at: at2 });
  }
  return [...groups.values()];
}
var sameLoc, serviceDefault;
var init_levels = __esm({
  "src/engine/levels.ts"() {
    "use strict";
    init_yaml();
    init_knowledge();
    sameLoc = (a, b) => a.file === b.file && a.start === b.start && a.end === b.end;
    serviceDefault = (loc, tenant) => sameLoc(loc, tenant.tenantKey) || tenant.defaultKey !== void 0 && sameLoc(loc, tenant.defaultKey);
  }
});

// src/resolve/access.ts
function accessFromMembership(uAccess, inU, aAccess, inA) {
  if (uAccess === "allowed" && aAccess === "allowed") return inU && inA;
  if (uAccess === "allowed" && aAccess === "blocked") return inU && !inA;
  if (uAccess === "blocked" && aAccess === "allowed") return !inU && inA;
  return !inU || !inA;
}
function subjectInList(list2, subject) {
  const ids = /* @__PURE__ */ new Set();
  if (subject.user) ids.add(normalizeTarget(subject.user));
  for (const g of subject.groups ?? []) ids.add(normalizeTarget(g));
  return list2.targets.some((t) => t.id === "AllUsers" || ids.has(t.id));
}
function appInList(list2, appId) {
  let memo = appMemo.get(list2);
  if (!memo) appMemo.set(list2, memo = /* @__PURE__ */ new Map());
  let hit = memo.get(appId);
  if (hit === void 0) {
    const app = normalizeTarget(appId);
    hit = list2.targets.some((t) => normalizedTargetCovers(t.id, app) || t.id.length === 36 && normalizeTarget(t.id) === app);
    memo.set(appId, hit);
  }
  return hit;
}
function canAccess(setting, subject, appId) {
  return accessFromMembership(
    setting.usersAndGroups.accessType,
    subjectInList(setting.usersAndGroups, subject),
    setting.applications.accessType,
    appInList(setting.applications, appId)
  );
}
function userMembershipClasses(list2) {
  const out = [];
  if (list2.targets.length > 0) out.push(true);
  if (!list2.targets.some((t) => t.id === "AllUsers")) out.push(false);
  return out;
}
function appMembershipClasses(list2) {
  const out = [];
  if (list2.targets.length > 0) out.push(true);
  if (!list2.targets.some((t) => t.id === "AllApplications")) out.push(false);
  return out;
}
function someUserCanUse(setting, appId) {
  const inA = appInList(setting.applications, appId);
  return userMembershipClasses(setting.usersAndGroups).some(
    (inU) => accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA)
  );
}
function grantsAnything(setting) {
  const us = userMembershipClasses(setting.usersAndGroups);
  const as = appMembershipClasses(setting.applications);
  return us.some((inU) => as.some((inA) => accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA)));
}
function grantsEverything(setting) {
  const us = userMembershipClasses(setting.usersAndGroups);
  const as = appMembershipClasses(setting.applications);
  return us.every((inU) => as.every((inA) => accessFromMembership(setting.usersAndGroups.accessType, inU, setting.applications.accessType, inA)));
}
function blocksAllUsers(list2) {
  if (list2.accessType === "blocked") return list2.targets.some((t) => t.id === "AllUsers");
  return list2.targets.length === 0;
}
function blocksAllApps(list2) {
  if (list2.accessType === "blocked") return list2.targets.some((t) => t.id === "AllApplications");
  return list2.targets.length === 0;
}
var appMemo;
var init_access = __esm({
  "src/resolve/access.ts"() {
    "use strict";
    init_knowledge();
    appMemo = /* @__PURE__ */ new WeakMap();
  }
});

// src/engine/tenants.ts
function effectiveFor(tenant, partnerId) {
  const partner = tenant.partnersById.get(partnerId.toLowerCase())?.[0];
  return partner ? { settings: partner.effective, partner } : { settings: tenant.defaults, partner: void 0 };
}
function appliedSource(applied, otherLabel, value) {
  const partner = applied.partner;
  if (!partner) return { text: `its default; ${otherLabel} is not listed`, at: value.at };
  if (value.level === "partner") return { text: `its partner entry for ${otherLabel}`, at: value.at };
  if (value.level === "default") return { text: `its partner entry for ${otherLabel}, inherited from its default`, at: value.at };
  return { text: `its partner entry for ${otherLabel}, which leaves it at Microsoft's default`, at: partner.entryKey };
}
function declaredTenant(model, id) {
  const hit = model.tenantsById.get(id);
  if (hit) return hit[0];
  return /[^0-9a-z-]/.test(id) ? model.tenantsById.get(id.toLowerCase())?.[0] : void 0;
}
function partnerCloud(model, partner) {
  return declaredTenant(model, partner.id)?.cloud ?? partner.cloud;
}
function* declaredPairs(model) {
  const seen = /* @__PURE__ */ new Set();
  for (const a of model.tenants) {
    if (declaredTenant(model, a.id) !== a) continue;
    for (const id of a.partnersById.keys()) {
      const b = declaredTenant(model, id);
      if (!b || b.id === a.id) continue;
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield [a, b];
    }
  }
}
function cloudEnabled(tenant, cloud) {
  if (tenant.cloud === cloud) return true;
  const endpoint = CLOUD_ENDPOINT[cloud];
  return tenant.allowedCloudEndpoints.some((e) => e.value.toLowerCase() === endpoint);
}
function where(loc) {
  return `${loc.file.path}:${locRange(loc).line}`;
}
function partyLabel(p) {
  return p.name ? `${p.name} (${p.id})` : p.id;
}
function* removedPartners(model, base) {
  for (const tenant of model.tenants) {
    if (declaredTenant(model, tenant.id) !== tenant) continue;
    const before = declaredTenant(base, tenant.id);
    if (!before) continue;
    const at2 = tenant.partnersKey ?? tenant.defaultKey ?? tenant.tenantKey;
    const seen = /* @__PURE__ */ new Set();
    for (const removed of before.partners) {
      if (tenant.partnersById.has(removed.id) || seen.has(removed.id)) continue;
      seen.add(removed.id);
      yield { tenant, removed, at: at2 };
    }
  }
}
function userClassPairs(u1, u2) {
  const all1 = hasAllUsers(u1);
  const all2 = hasAllUsers(u2);
  const ids2 = new Set(u2.targets.map((t) => normalizeTarget(t.id)));
  const ids1 = new Set(u1.targets.map((t) => normalizeTarget(t.id)));
  const out = [];
  if (u1.targets.length > 0 && u2.targets.length > 0) out.push([true, true]);
  if (!all2 && u1.targets.some((t) => t.id === "AllUsers" || !ids2.has(normalizeTarget(t.id)))) out.push([true, false]);
  if (!all1 && u2.targets.some((t) => t.id === "AllUsers" || !ids1.has(normalizeTarget(t.id)))) out.push([false, true]);
  if (!all1 && !all2) out.push([false, false]);
  return out;
}
function representativeApps(a1, a2) {
  const ids = new Set(Object.values(APPS).map((a) => a.id));
  for (const t of [...a1.targets, ...a2.targets]) if (isGuid(t.id)) ids.add(normalizeTarget(t.id));
  ids.add(OTHER_APP);
  return [...ids];
}
function letsMoreThrough(a, b) {
  const users = userClassPairs(a.usersAndGroups, b.usersAndGroups);
  if (users.length === 0) return false;
  for (const app of representativeApps(a.applications, b.applications)) {
    const inA = appInList(a.applications, app);
    const inB = appInList(b.applications, app);
    for (const [ua, ub] of users) {
      if (accessFromMembership(a.usersAndGroups.accessType, ua, a.applications.accessType, inA) && !accessFromMembership(b.usersAndGroups.accessType, ub, b.applications.accessType, inB)) {
        return true;
      }
    }
  }
  return false;
}
function morePermissive(a, b) {
  const out = [];
  for (const name of B2B_SETTINGS) if (letsMoreThrough(a.b2b[name], b.b2b[name])) out.push(name);
  for (const m of TRUST_MEMBERS) if (a.inboundTrust[m].value && !b.inboundTrust[m].value) out.push(`inboundTrust.${m}`);
  for (const m of ["inboundAllowed", "outboundAllowed"]) {
    if (a.automaticUserConsentSettings[m].value && !b.automaticUserConsentSettings[m].value) out.push(`automaticUserConsentSettings.${m}`);
  }
  if (!a.blockServiceProviderOutboundAccess.value && b.blockServiceProviderOutboundAccess.value) out.push("blockServiceProviderOutboundAccess");
  return out;
}
var OTHER_APP, hasAllUsers;
var init_tenants = __esm({
  "src/engine/tenants.ts"() {
    "use strict";
    init_yaml();
    init_access();
    init_knowledge();
    OTHER_APP = "ffffffff-ffff-ffff-ffff-fffffffffffe";
    hasAllUsers = (l) => l.targets.some((t) => t.id === "AllUsers");
  }
});

// src/resolve/direct-connect.ts
function directConnectAllowed(setting) {
  return TEAMS_APPS.some((app) => someUserCanUse(setting, app));
}
var TEAMS_APPS;
var init_direct_connect = __esm({
  "src/resolve/direct-connect.ts"() {
    "use strict";
    init_access();
    init_knowledge();
    TEAMS_APPS = [APPS.teams.id, APPS.teamsServices.id, APPS.teamsWebClient.id];
  }
});

// src/report/inert.ts
function visible(text) {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    if (ch === "\x1B") return "\\e";
    return `\\u{${ch.codePointAt(0).toString(16)}}`;
  });
}
function visibleLines(text) {
  return text.split(/\r\n|\n/).map(visible).join("\n");
}
function inertMarkdown(text) {
  return visible(text).replace(/@/g, `@${JOIN}`).replace(/#(?=\d)/g, `#${JOIN}`).replace(/\b(GH)-(?=\d)/gi, `$1${JOIN}-`).replace(/\b(www)(?=\.)/gi, `$1${JOIN}`).replace(MD_SPECIAL, (c) => `\\${c}`).replace(/^( *)([-+=]|\d+[.)])/, (_m, spaces, mark) => `${spaces}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}
function inertJson(json2) {
  return json2.replace(JSON_INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function markdownLink(label, url) {
  if (!url || !/^https:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) return label;
  return `[${label}](${url})`;
}
var INVISIBLE, MD_SPECIAL, JOIN, JSON_INVISIBLE;
var init_inert = __esm({
  "src/report/inert.ts"() {
    "use strict";
    INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
    MD_SPECIAL = /[\\`*_[\]<>|#&!~$]|:(?=\/)/g;
    JOIN = "⁠";
    JSON_INVISIBLE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
  }
});

// src/intel/describe.ts
function describeTarget(t) {
  const kw = KEYWORD_WORDS.get(t.id);
  if (kw) return kw;
  const app = knownApp(t.id);
  if (app) return `${app.name} (${app.id})`;
  const type = t.type === "user" || t.type === "group" ? `${t.type} ` : t.type === "application" ? "app " : "";
  return t.label ? `${type}${t.label} (${t.id})` : `${type}${t.id}`;
}
function sortedTargets(list2) {
  const seen = /* @__PURE__ */ new Map();
  for (const t of list2.targets) {
    const id = normalizeTarget(t.id);
    if (!seen.has(id)) seen.set(id, { ...t, id });
  }
  const rank = (id) => KEYWORD_WORDS.has(id) ? 0 : 1;
  return [...seen.values()].sort((a, b) => rank(a.id) - rank(b.id) || compareStrings(a.id, b.id));
}
function describeTargets(list2) {
  const ts = sortedTargets(list2);
  if (ts.length === 0) return "nobody and nothing";
  return ts.map((t) => describeTarget({ id: t.id, type: t.type, label: t.decl?.label })).join(", ");
}
function names2(list2, none) {
  return list2.targets.length ? describeTargets(list2) : none;
}
function allExcept(list2, all) {
  return list2.targets.length ? `${all} except ${describeTargets(list2)}` : all;
}
function describeAccess(setting) {
  const u = setting.usersAndGroups;
  const a = setting.applications;
  if (grantsEverything(setting)) return "all users to all applications allowed";
  if (!grantsAnything(setting)) return "blocked for all users and applications";
  if (u.accessType === "allowed" && a.accessType === "allowed") return `${names2(u, "nobody")} to ${names2(a, "no application")} allowed`;
  if (u.accessType === "allowed") return `${names2(u, "nobody")} to ${allExcept(a, "all applications")} allowed`;
  if (a.accessType === "allowed") return `${allExcept(u, "all users")} to ${names2(a, "no application")} allowed`;
  return `all users to all applications allowed, except ${describeTargets(u)} to ${describeTargets(a)}`;
}
var compareStrings, KEYWORD_WORDS;
var init_describe = __esm({
  "src/intel/describe.ts"() {
    "use strict";
    init_access();
    init_knowledge();
    compareStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    KEYWORD_WORDS = /* @__PURE__ */ new Map([
      ["AllUsers", "all users"],
      ["AllApplications", "all applications"],
      ["AllMicrosoftApps", "all Microsoft apps"],
      ["Office365", "Office 365 apps"]
    ]);
  }
});

// src/intel/graph.ts
function side(tenant, setting, allows, level, at2) {
  return { tenant: tenant.id, setting, allows, level, file: at2.file.path, at: where(at2) };
}
function resourceSides(r, s, partner) {
  const out = {};
  const collab = s.b2b.b2bCollaborationInbound;
  out.b2bCollaboration = { side: side(r, "b2bCollaborationInbound", grantsAnything(collab), collab.level, collab.at), everything: grantsEverything(collab) };
  const dc = s.b2b.b2bDirectConnectInbound;
  out.b2bDirectConnect = { side: side(r, "b2bDirectConnectInbound", directConnectAllowed(dc), dc.level, dc.at), everything: grantsEverything(dc) };
  const consent = s.automaticUserConsentSettings.inboundAllowed;
  out.automaticRedemption = { side: side(r, "automaticUserConsentSettings.inboundAllowed", consent.value, consent.level, consent.at) };
  const mfa = s.inboundTrust.isMfaAccepted;
  out.mfaTrust = { side: side(r, "inboundTrust.isMfaAccepted", mfa.value, mfa.level, mfa.at) };
  const compliant = s.inboundTrust.isCompliantDeviceAccepted;
  const hybrid = s.inboundTrust.isHybridAzureADJoinedDeviceAccepted;
  const claims = [compliant.value ? "compliant" : "", hybrid.value ? "hybrid joined" : ""].filter(Boolean);
  const devAt = compliant.value ? compliant : hybrid;
  out.deviceTrust = {
    side: side(r, compliant.value ? "inboundTrust.isCompliantDeviceAccepted" : "inboundTrust.isHybridAzureADJoinedDeviceAccepted", claims.length > 0, devAt.level, devAt.at),
    detail: claims.join(", ")
  };
  const sync = partner?.identitySynchronization?.userSyncAllowed;
  if (partner && sync) out.identitySync = { side: side(r, "identitySynchronization.userSyncInbound.isSyncAllowed", sync.value, "partner", sync.loc) };
  return out;
}
function homeSides(h, s) {
  const collab = s.b2b.b2bCollaborationOutbound;
  const dc = s.b2b.b2bDirectConnectOutbound;
  const consent = s.automaticUserConsentSettings.outboundAllowed;
  return {
    b2bCollaboration: { side: side(h, "b2bCollaborationOutbound", grantsAnything(collab), collab.level, collab.at), everything: grantsEverything(collab) },
    b2bDirectConnect: { side: side(h, "b2bDirectConnectOutbound", directConnectAllowed(dc), dc.level, dc.at), everything: grantsEverything(dc) },
    automaticRedemption: { side: side(h, "automaticUserConsentSettings.outboundAllowed", consent.value, consent.level, consent.at) }
  };
}
function makeEdge(from, to, kind, infos, twoSidesKnown) {
  if (!infos.some((i) => i.side.allows)) return void 0;
  const mutual = TWO_SIDED.has(kind) && twoSidesKnown && infos.length === 2 && infos.every((i) => i.side.allows);
  const oneSided = infos.some((i) => !i.side.allows);
  const quals = [];
  if ((kind === "b2bCollaboration" || kind === "b2bDirectConnect") && infos.some((i) => i.side.allows && i.everything === false)) quals.push("limited");
  if (kind === "deviceTrust") quals.push(infos[0].detail ?? "");
  if (mutual) quals.push("mutual");
  if (oneSided) quals.push("one-sided");
  const label = quals.length ? `${KIND_WORDS[kind]} (${quals.join(", ")})` : KIND_WORDS[kind];
  return { from, to, kind, label, mutual, oneSided, bothWays: false, sides: infos.map((i) => i.side) };
}
function buildGraph(model) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = [];
  const tenants = model.tenants.filter((t) => declaredTenant(model, t.id) === t);
  for (const t of tenants) nodes.set(t.id, { id: t.id, type: "tenant", name: t.name ?? null, label: t.label, cloud: t.cloud });
  for (const t of tenants) {
    for (const [id, list2] of t.partnersById) {
      if (nodes.has(id)) continue;
      const p = list2[0];
      nodes.set(id, { id, type: "partner", name: p.name ?? null, label: p.label, cloud: p.cloud });
    }
  }
  const pairs2 = /* @__PURE__ */ new Set();
  for (const t of tenants) {
    for (const id of t.partnersById.keys()) {
      if (id === t.id) continue;
      pairs2.add(t.id < id ? `${t.id}|${id}` : `${id}|${t.id}`);
    }
  }
  const addDirected = (homeId, resId) => {
    const r = declaredTenant(model, resId);
    const h = declaredTenant(model, homeId);
    const rs = r ? (() => {
      const applied = effectiveFor(r, homeId);
      return resourceSides(r, applied.settings, applied.partner);
    })() : {};
    const hs = h ? homeSides(h, effectiveFor(h, resId).settings) : {};
    for (const kind of EDGE_KINDS) {
      const infos = [rs[kind], hs[kind]].filter((x) => x !== void 0);
      const e = makeEdge(homeId, resId, kind, infos, Boolean(r && h));
      if (e) edges.push(e);
    }
  };
  for (const key of [...pairs2].sort(compareStrings)) {
    const [a, b] = key.split("|");
    addDirected(a, b);
    addDirected(b, a);
  }
  for (const t of tenants) {
    const others = othersId(t.id);
    const inbound = resourceSides(t, t.defaults, void 0);
    const outbound = homeSides(t, t.defaults);
    let drawn = false;
    for (const kind of EDGE_KINDS) {
      const i = inbound[kind];
      if (i) {
        const e = makeEdge(others, t.id, kind, [i], false);
        if (e) {
          edges.push(e);
          drawn = true;
        }
      }
      const o = outbound[kind];
      if (o) {
        const e = makeEdge(t.id, others, kind, [o], false);
        if (e) {
          edges.push(e);
          drawn = true;
        }
      }
    }
    if (drawn) nodes.set(others, { id: others, type: "others", name: null, label: `Other tenants (${possessive(t.label)} default)`, cloud: null });
  }
  return { nodes: sortNodes([...nodes.values()]), edges: mergeReverse(edges) };
}
function sortNodes(nodes) {
  return nodes.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || compareStrings(a.label.toLowerCase(), b.label.toLowerCase()) || compareStrings(a.id, b.id));
}
function compareEdges(a, b) {
  return compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || EDGE_KINDS.indexOf(a.kind) - EDGE_KINDS.indexOf(b.kind);
}
function mergeReverse(edges) {
  const sorted = [...edges].sort(compareEdges);
  const byKey = /* @__PURE__ */ new Map();
  for (const e of sorted) byKey.set(`${e.from}|${e.to}|${e.kind}`, e);
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const e of sorted) {
    if (used.has(e)) continue;
    const rev = byKey.get(`${e.to}|${e.from}|${e.kind}`);
    if (rev && rev !== e && !used.has(rev) && rev.label === e.label && !e.oneSided && !rev.oneSided && e.from < e.to) {
      used.add(rev);
      out.push({ ...e, bothWays: true, sides: [...e.sides, ...rev.sides] });
    } else out.push(e);
    used.add(e);
  }
  return out;
}
var EDGE_KINDS, KIND_WORDS, othersId, TWO_SIDED, TYPE_RANK;
var init_graph = __esm({
  "src/intel/graph.ts"() {
    "use strict";
    init_access();
    init_direct_connect();
    init_tenants();
    init_describe();
    init_levels();
    init_inert();
    EDGE_KINDS = ["b2bCollaboration", "b2bDirectConnect", "automaticRedemption", "mfaTrust", "deviceTrust", "identitySync"];
    KIND_WORDS = {
      b2bCollaboration: "B2B collaboration",
      b2bDirectConnect: "B2B direct connect",
      automaticRedemption: "automatic redemption",
      mfaTrust: "MFA trusted",
      deviceTrust: "device trusted",
      identitySync: "user sync"
    };
    othersId = (tenantId) => `others:${tenantId}`;
    TWO_SIDED = /* @__PURE__ */ new Set(["b2bCollaboration", "b2bDirectConnect", "automaticRedemption"]);
    TYPE_RANK = { tenant: 0, partner: 1, others: 2 };
  }
});

// node_modules/@dagrejs/dagre/dist/dagre.esm.js
function Re(e, n) {
  e[n] ? e[n]++ : e[n] = 1;
}
function Ie(e, n) {
  e[n] !== void 0 && !--e[n] && delete e[n];
}
function z(e, n, t, r) {
  let o = "" + n, i = "" + t;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function Fn(e, n, t, r) {
  let o = "" + n, i = "" + t;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function oe(e, n) {
  return z(e, n.v, n.w, n.name);
}
function An(e) {
  let n = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Vn(e), edges: Yn(e) }, t = e.graph();
  return t !== void 0 && (n.value = structuredClone(t)), n;
}
function Vn(e) {
  return e.nodes().map((n) => {
    let t = e.node(n), r = e.parent(n), o = { v: n };
    return t !== void 0 && (o.value = t), r !== void 0 && (o.parent = r), o;
  });
}
function Yn(e) {
  return e.edges().map((n) => {
    let t = e.edge(n), r = { v: n.v, w: n.w };
    return n.name !== void 0 && (r.name = n.name), t !== void 0 && (r.value = t), r;
  });
}
function Bn(e) {
  let n = new Q(e.options);
  return e.value !== void 0 && n.setGraph(e.value), e.nodes.forEach((t) => {
    n.setNode(t.v, t.value), t.parent && n.setParent(t.v, t.parent);
  }), e.edges.forEach((t) => {
    n.setEdge({ v: t.v, w: t.w, name: t.name }, t.value);
  }), n;
}
function Me(e, n, t, r) {
  return Xn(e, String(n), t || Wn, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function Xn(e, n, t, r) {
  let o = {}, i, s = 0, a = e.nodes(), l = function(c) {
    let f = o[c.v], h = o[c.w];
    if (!f || !h) return;
    let g = t(c);
    f.distance + g < h.distance && (o[c.w] = { distance: f.distance + g, predecessor: c.v }, i = true);
  }, u = function() {
    a.forEach(function(c) {
      r(c).forEach(function(f) {
        let h = f.v === c ? f.v : f.w, g = h === f.v ? f.w : f.v;
        l({ v: h, w: g });
      });
    });
  };
  a.forEach(function(c) {
    let f = c === n ? 0 : Number.POSITIVE_INFINITY;
    o[c] = { distance: f, predecessor: "" };
  });
  let d = a.length;
  for (let c = 1; c < d && (i = false, s++, u(), !!i); c++) ;
  if (s === d - 1 && (i = false, u(), i)) throw new Error("The graph contains a negative weight cycle");
  return o;
}
function zn(e) {
  let n = {}, t = [], r;
  function o(i) {
    var s, a;
    i in n || (n[i] = true, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && t.push(r);
  }), t;
}
function J(e, n, t, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return qn(e, String(n), t || Hn, r || o);
}
function qn(e, n, t, r) {
  let o = {}, i = new Pe(), s, a, l = function(u) {
    let d = u.v !== s ? u.v : u.w, c = o[d];
    if (!c) return;
    let f = t(u), h = a.distance + f;
    if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + u + " Weight: " + f);
    h < c.distance && (c.distance = h, c.predecessor = s, i.decrease(d, h));
  };
  for (e.nodes().forEach(function(u) {
    let d = u === n ? 0 : Number.POSITIVE_INFINITY;
    o[u] = { distance: d, predecessor: "" }, i.add(u, d);
  }); i.size() > 0; ) {
    s = i.removeMin();
    let u = o[s];
    if (!u || u.distance === Number.POSITIVE_INFINITY) break;
    a = u, r(s).forEach(l);
  }
  return o;
}
function $n(e, n, t) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = J(e, o, n, t), r;
  }, {});
}
function Fe(e) {
  let n = 0, t = [], r = {}, o = [];
  function i(s) {
    var a;
    let l = r[s] = { onStack: true, lowlink: n, index: n++ };
    if (t.push(s), (a = e.successors(s)) == null || a.forEach(function(u) {
      if (u in r) {
        let d = r[u];
        d != null && d.onStack && (l.lowlink = Math.min(l.lowlink, d.index));
      } else {
        i(u);
        let d = r[u];
        d && (l.lowlink = Math.min(l.lowlink, d.lowlink));
      }
    }), l.lowlink === l.index) {
      let u = [], d;
      do {
        d = t.pop();
        let c = r[d];
        c && (c.onStack = false), u.push(d);
      } while (s !== d);
      o.push(u);
    }
  }
  return e.nodes().forEach(function(s) {
    s in r || i(s);
  }), o;
}
function Un(e) {
  return Fe(e).filter(function(n) {
    var t;
    let r = n[0];
    return r ? n.length > 1 || n.length === 1 && ((t = e.outEdges(r, r)) != null ? t : []).length > 0 : false;
  });
}
function Kn(e, n, t) {
  return Qn(e, n || Jn, t || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function Qn(e, n, t) {
  let r = {}, o = e.nodes();
  return o.forEach(function(i) {
    let s = {};
    r[i] = s, s[i] = { distance: 0, predecessor: "" }, o.forEach(function(a) {
      i !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), t(i).forEach(function(a) {
      let l = a.v === i ? a.w : a.v, u = n(a);
      s[l] = { distance: u, predecessor: i };
    });
  }), o.forEach(function(i) {
    let s = r[i];
    s && o.forEach(function(a) {
      let l = r[a];
      l && o.forEach(function(u) {
        let d = l[i], c = s[u], f = l[u];
        if (d && c && f) {
          let h = d.distance + c.distance;
          h < f.distance && (f.distance = h, f.predecessor = c.predecessor);
        }
      });
    });
  }), r;
}
function De(e) {
  let n = {}, t = {}, r = [];
  function o(i) {
    var s;
    if (i in t) throw new K();
    i in n || (t[i] = true, n[i] = true, (s = e.predecessors(i)) == null || s.forEach(o), delete t[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(n).length !== e.nodeCount()) throw new K();
  return r;
}
function Zn(e) {
  try {
    De(e);
  } catch (n) {
    if (n instanceof K) return false;
    throw n;
  }
  return true;
}
function et(e, n, t, r, o) {
  Array.isArray(n) || (n = [n]);
  let i = ((a) => {
    var l;
    return (l = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? l : [];
  }), s = {};
  return n.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = Ae(e, a, t === "post", s, i, r, o);
  }), o;
}
function Ae(e, n, t, r, o, i, s) {
  return n in r || (r[n] = true, t || (s = i(s, n)), o(n).forEach(function(a) {
    s = Ae(e, a, t, r, o, i, s);
  }), t && (s = i(s, n))), s;
}
function Ve(e, n, t) {
  return et(e, n, t, function(r, o) {
    return r.push(o), r;
  }, []);
}
function nt(e, n) {
  return Ve(e, n, "post");
}
function tt(e, n) {
  return Ve(e, n, "pre");
}
function rt(e, n) {
  var t;
  let r = new Q(), o = {}, i = new Pe(), s;
  function a(d) {
    let c = d.v === s ? d.w : d.v, f = i.priority(c);
    if (f !== void 0) {
      let h = n(d);
      h < f && (o[c] = s, i.decrease(c, h));
    }
  }
  if (e.nodeCount() === 0) return r;
  e.nodes().forEach(function(d) {
    i.add(d, Number.POSITIVE_INFINITY), r.setNode(d);
  });
  let l = e.nodes()[0];
  l !== void 0 && i.decrease(l, 0);
  let u = false;
  for (; i.size() > 0; ) {
    if (s = i.removeMin(), s in o) r.setEdge(s, o[s]);
    else {
      if (u) throw new Error("Input graph is not connected: " + e);
      u = true;
    }
    (t = e.nodeEdges(s)) == null || t.forEach(a);
  }
  return r;
}
function ot(e, n, t, r) {
  return it(e, n, t, r != null ? r : ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function it(e, n, t, r) {
  if (t === void 0) return J(e, n, t, r);
  let o = false, i = e.nodes();
  for (let s = 0; s < i.length; s++) {
    let a = i[s];
    if (a === void 0) continue;
    let l = r(a);
    for (let u = 0; u < l.length; u++) {
      let d = l[u];
      if (!d) continue;
      let c = d.v === a ? d.v : d.w, f = c === d.v ? d.w : d.v;
      t({ v: c, w: f }) < 0 && (o = true);
    }
    if (o) return Me(e, n, t, r);
  }
  return J(e, n, t, r);
}
function M(e, n, t, r) {
  let o = r;
  for (; e.hasNode(o); ) o = $(r);
  return t.dummy = n, e.setNode(o, t), o;
}
function Ye(e) {
  let n = new T().setGraph(e.graph());
  return e.nodes().forEach((t) => n.setNode(t, e.node(t))), e.edges().forEach((t) => {
    let r = n.edge(t.v, t.w) || { weight: 0, minlen: 1 }, o = e.edge(t);
    n.setEdge(t.v, t.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), n;
}
function Z(e) {
  let n = new T({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((t) => {
    e.children(t).length || n.setNode(t, e.node(t));
  }), e.edges().forEach((t) => {
    n.setEdge(t, e.edge(t));
  }), n;
}
function se(e, n) {
  let t = e.x, r = e.y, o = n.x - t, i = n.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let l, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), l = a * o / i, u = a) : (o < 0 && (s = -s), l = s, u = s * i / o), { x: t + l, y: r + u };
}
function P(e) {
  let n = D(de(e) + 1).map(() => []);
  return e.nodes().forEach((t) => {
    let r = e.node(t), o = r.rank;
    o !== void 0 && (n[o] || (n[o] = []), n[o][r.order] = t);
  }), n;
}
function Be(e) {
  let n = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), t = S(Math.min, n);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= t);
  });
}
function We(e) {
  let n = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), t = S(Math.min, n), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - t;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((l) => e.node(l).rank += o);
  });
}
function ae(e, n, t, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = t, o.order = r), M(e, "border", o, n);
}
function st(e, n = Xe) {
  let t = [];
  for (let r = 0; r < e.length; r += n) {
    let o = e.slice(r, r + n);
    t.push(o);
  }
  return t;
}
function S(e, n) {
  if (n.length > Xe) {
    let t = st(n);
    return e(...t.map((r) => e(...r)));
  } else return e(...n);
}
function de(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return S(Math.max, t);
}
function ze(e, n) {
  let t = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    n(r) ? t.lhs.push(r) : t.rhs.push(r);
  }), t;
}
function le(e, n) {
  let t = Date.now();
  try {
    return n();
  } finally {
    console.log(e + " time: " + (Date.now() - t) + "ms");
  }
}
function q(e, n) {
  return n();
}
function $(e) {
  let n = ++at;
  return e + ("" + n);
}
function D(e, n, t = 1) {
  n == null && (n = e, e = 0);
  let r = (i) => i < n;
  t < 0 && (r = (i) => n < i);
  let o = [];
  for (let i = e; r(i); i += t) o.push(i);
  return o;
}
function W(e, n) {
  let t = {};
  for (let r of n) e[r] !== void 0 && (t[r] = e[r]);
  return t;
}
function X(e, n) {
  let t;
  return typeof n == "string" ? t = (r) => r[n] : t = n, Object.entries(e).reduce((r, [o, i]) => (r[o] = t(i, o), r), {});
}
function He(e, n) {
  return e.reduce((t, r, o) => (t[r] = n[o], t), {});
}
function ee(e, n, t) {
  var u, d, c, f, h, g;
  if (!(e && n && t && n.dummy === "edge" && t.dummy === "edge" && n.edgeObj && t.edgeObj && e[n.edgeObj.v] && e[t.edgeObj.v] && e[n.edgeObj.w] && e[t.edgeObj.w])) return 0;
  let r = true;
  n.edgeObj.w === t.edgeObj.w && (r = false);
  let o = r ? (d = (u = e[n.edgeObj.v]) == null ? void 0 : u.rank) != null ? d : NaN + 1 : (f = (c = e[n.edgeObj.w]) == null ? void 0 : c.rank) != null ? f : NaN - 1, i = Object.entries(e).find((m) => {
    var L, y;
    return ((L = m[1].edgeObj) == null ? void 0 : L.v) === n.edgeObj.v && ((y = m[1].edgeObj) == null ? void 0 : y.w) === n.edgeObj.w && m[1].rank === o;
  }), s = Object.entries(e).find((m) => {
    var L, y;
    return ((L = m[1].edgeObj) == null ? void 0 : L.v) === t.edgeObj.v && ((y = m[1].edgeObj) == null ? void 0 : y.w) === t.edgeObj.w && m[1].rank === o;
  });
  if (!i || !s) return 0;
  let a = (h = i[1].order) != null ? h : NaN, l = (g = s[1].order) != null ? g : NaN;
  return isNaN(a - l) ? 0 : a - l;
}
function qe(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function dt(e, n) {
  if (e !== "_next" && e !== "_prev") return n;
}
function be(e, n) {
  if (e.nodeCount() <= 1) return [];
  let t = ct(e, n || lt);
  return ut(t.graph, t.buckets, t.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function ut(e, n, t) {
  var a;
  let r = [], o = n[n.length - 1], i = n[0], s;
  for (; e.nodeCount(); ) {
    for (; s = i.dequeue(); ) fe(e, n, t, s);
    for (; s = o.dequeue(); ) fe(e, n, t, s);
    if (e.nodeCount()) {
      for (let l = n.length - 2; l > 0; --l) if (s = (a = n[l]) == null ? void 0 : a.dequeue(), s) {
        r = r.concat(fe(e, n, t, s, true) || []);
        break;
      }
    }
  }
  return r;
}
function fe(e, n, t, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let l = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= l, he(n, t, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let l = e.edge(a), u = a.w, d = e.node(u);
    d.in -= l, he(n, t, d);
  }), e.removeNode(r.v), s;
}
function ct(e, n) {
  let t = new T(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    t.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let l = t.edge(a.v, a.w) || 0, u = n(a), d = l + u;
    t.setEdge(a.v, a.w, d);
    let c = t.node(a.v), f = t.node(a.w);
    o = Math.max(o, c.out += u), r = Math.max(r, f.in += u);
  });
  let i = ft(o + r + 3).map(() => new $e()), s = r + 1;
  return t.nodes().forEach((a) => {
    he(i, s, t.node(a));
  }), { graph: t, buckets: i, zeroIdx: s };
}
function he(e, n, t) {
  var r, o, i;
  t.out ? t.in ? (i = e[t.out - t.in + n]) == null || i.enqueue(t) : (o = e[e.length - 1]) == null || o.enqueue(t) : (r = e[0]) == null || r.enqueue(t);
}
function ft(e) {
  let n = [];
  for (let t = 0; t < e; t++) n.push(t);
  return n;
}
function Ue(e, n) {
  (e.graph().acyclicer === "greedy" ? be(e, r(e)) : ht(e, n != null ? n : null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = true, e.setEdge(o.w, o.v, i, $("rev"));
  });
  function r(o) {
    return (i) => o.edge(i).weight;
  }
}
function ht(e, n) {
  let t = [], r = {}, o = {};
  function i(l) {
    Object.hasOwn(o, l) || (o[l] = true, r[l] = true, e.outEdges(l).forEach((u) => {
      Object.hasOwn(r, u.w) ? t.push(u) : i(u.w);
    }), delete r[l]);
  }
  function s(l) {
    var u;
    Object.hasOwn(o, l) || (o[l] = true, r[l] = true, (u = e.outEdges(l)) == null || u.forEach((d) => {
      var c, f;
      Object.hasOwn(r, d.w) || ((c = n.node(l)) == null ? void 0 : c.rank) > ((f = n.node(d.w)) == null ? void 0 : f.rank) && bt(e, d.w, d) ? t.push(d) : s(d.w);
    }), delete r[l]);
  }
  let a = i;
  return n && typeof n.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), t;
}
function Je(e) {
  e.edges().forEach((n) => {
    let t = e.edge(n);
    if (t.reversed) {
      e.removeEdge(n);
      let r = t.forwardName;
      delete t.reversed, delete t.forwardName, e.setEdge(n.w, n.v, t, r);
    }
  });
}
function bt(e, n, t) {
  let r = /* @__PURE__ */ new Set();
  function o(i) {
    var s;
    if (e.sources().includes(i)) return true;
    r.add(i);
    for (let a of (s = e.inEdges(i)) != null ? s : []) if (!(a.v === t.v && a.w === t.w) && !r.has(a.v) && o(a.v)) return true;
    return false;
  }
  return o(n);
}
function Ke(e) {
  e.graph().dummyChains = [], e.edges().forEach((n) => pt(e, n));
}
function pt(e, n) {
  let t = n.v, r = e.node(t).rank, o = n.w, i = e.node(o).rank, s = n.name, a = e.edge(n), l = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(n);
  let u, d, c;
  for (c = 0, ++r; r < i; ++c, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: n, rank: r }, u = M(e, "edge", d, "_d"), r === l && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(t, u, { weight: a.weight }, s), c === 0 && e.graph().dummyChains.push(u), t = u;
  e.setEdge(t, o, { weight: a.weight }, s);
}
function Qe(e) {
  e.graph().dummyChains.forEach((n) => {
    let t = e.node(n), r = t.edgeLabel, o;
    for (e.setEdge(t.edgeObj, r); t.dummy; ) o = e.successors(n)[0], e.removeNode(n), r.points.push({ x: t.x, y: t.y }), t.dummy === "edge-label" && (r.x = t.x, r.y = t.y, r.width = t.width, r.height = t.height), n = o, t = e.node(n);
  });
}
function U(e) {
  let n = {};
  function t(r) {
    let o = e.node(r);
    if (Object.hasOwn(n, r)) return o.rank;
    n[r] = true;
    let i = e.outEdges(r), s = i ? i.map((l) => l == null ? Number.POSITIVE_INFINITY : t(l.w) - e.edge(l).minlen) : [], a = S(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(t);
}
function A(e, n) {
  return e.node(n.w).rank - e.node(n.v).rank - e.edge(n).minlen;
}
function Et(e) {
  let n = new T({ directed: false }), t = e.nodes();
  if (t.length === 0) throw new Error("Graph must have at least one node");
  let r = t[0], o = e.nodeCount();
  n.setNode(r, {});
  let i, s;
  for (; Lt(n, e) < o && (i = yt(n, e), !!i); ) s = n.hasNode(i.v) ? A(e, i) : -A(e, i), wt(n, e, s);
  return n;
}
function Lt(e, n) {
  function t(r) {
    let o = n.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !A(n, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), t(a));
    });
  }
  return e.nodes().forEach(t), e.nodeCount();
}
function yt(e, n) {
  return n.edges().reduce((r, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = A(n, o)), i < r[0] ? [i, o] : r;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function wt(e, n, t) {
  e.nodes().forEach((r) => n.node(r).rank += t);
}
function Y(e) {
  e = Ye(e), U(e);
  let n = ne(e);
  pe(n), ge(n, e);
  let t, r;
  for (; t = rn(n); ) r = on(n, e, t), sn(n, e, t, r);
}
function ge(e, n) {
  let t = Gt(e, e.nodes());
  t = t.slice(0, t.length - 1), t.forEach((r) => vt(e, n, r));
}
function vt(e, n, t) {
  let o = e.node(t).parent, i = e.edge(t, o);
  i.cutvalue = nn(e, n, t);
}
function nn(e, n, t) {
  let o = e.node(t).parent, i = true, s = n.edge(t, o), a;
  s || (i = false, s = n.edge(o, t)), a = s.weight;
  let l = n.inEdges(t) || [], u = n.outEdges(t) || [], d = l.length, c = d + u.length;
  for (let f = 0; f < c; f++) {
    let h = f < d ? l[f] : u[f - d], g = h.v === t;
    if (f >= d && h.w === t) continue;
    let m = g ? h.w : h.v;
    if (m !== o) {
      let L = g === i, y = n.edge(h).weight;
      a += L ? y : -y;
      let b = e.edge(t, m);
      if (b) {
        let p = b.cutvalue;
        a += L ? -p : p;
      }
    }
  }
  return a;
}
function pe(e, n) {
  arguments.length < 2 && (n = e.nodes()[0]), tn(e, {}, 1, n);
}
function tn(e, n, t, r, o) {
  let i = t, s = e.node(r);
  n[r] = true;
  let a = e.neighbors(r);
  return a && a.forEach((l) => {
    Object.hasOwn(n, l) || (t = tn(e, n, t, l, r));
  }), s.low = i, s.lim = t++, o ? s.parent = o : delete s.parent, t;
}
function rn(e) {
  return e.edges().find((n) => e.edge(n).cutvalue < 0);
}
function on(e, n, t) {
  let r = t.v, o = t.w;
  n.hasEdge(r, o) || (r = t.w, o = t.v);
  let i = e.node(r), s = e.node(o), a = i, l = false;
  return i.lim > s.lim && (a = s, l = true), n.edges().filter((d) => l === Ze(e, e.node(d.v), a) && l !== Ze(e, e.node(d.w), a)).reduce((d, c) => A(n, c) < A(n, d) ? c : d);
}
function sn(e, n, t, r) {
  let o = t.v, i = t.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), pe(e), ge(e, n), kt(e, n);
}
function kt(e, n) {
  let t = e.nodes().find((o) => !e.node(o).parent);
  if (!t) return;
  let r = Nt(e, [t]);
  r = r.slice(1), r.forEach((o) => {
    let s = e.node(o).parent, a = n.edge(o, s), l = false;
    a || (a = n.edge(s, o), l = true), n.node(o).rank = n.node(s).rank + (l ? a.minlen : -a.minlen);
  });
}
function Ze(e, n, t) {
  return t.low <= n.lim && n.lim <= t.lim;
}
function xt(e) {
  let n = e.graph().ranker;
  if (typeof n == "function") return n(e);
  switch (n) {
    case "network-simplex":
      an(e);
      break;
    case "tight-tree":
      Ot(e);
      break;
    case "longest-path":
      _t(e);
      break;
    case "none":
      break;
    default:
      an(e);
  }
}
function Ot(e) {
  U(e), ne(e);
}
function an(e) {
  en(e);
}
function Ct(e) {
  let n = jt(e), t = e.graph();
  if (!Array.isArray(t.dummyChains)) return;
  t.dummyChains.forEach((o) => {
    let i = e.node(o), s = i.edgeObj, a = Tt(e, n, s.v, s.w), l = a.path, u = a.lca, d = 0, c = l[d], f = true;
    for (; o !== s.w; ) {
      if (i = e.node(o), f) {
        for (; (c = l[d]) !== u && e.node(c).maxRank < i.rank; ) d++;
        c === u && (f = false);
      }
      if (!f) {
        for (; d < l.length - 1 && e.node(l[d + 1]).minRank <= i.rank; ) d++;
        c = l[d];
      }
      c !== void 0 && e.setParent(o, c), o = e.successors(o)[0];
    }
  });
}
function Tt(e, n, t, r) {
  let o = [], i = [], s = Math.min(n[t].low, n[r].low), a = Math.max(n[t].lim, n[r].lim), l;
  l = t;
  do
    l = e.parent(l), o.push(l);
  while (l && (n[l].low > s || a > n[l].lim));
  let u = l, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function jt(e) {
  let n = {}, t = 0;
  function r(o) {
    let i = t;
    e.children(o).forEach(r), n[o] = { low: i, lim: t++ };
  }
  return e.children(V).forEach(r), n;
}
function un(e) {
  let n = M(e, "root", {}, "_root"), t = Rt(e), r = Object.values(t), o = S(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = n, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = It(e) + 1;
  e.children(V).forEach((a) => {
    cn(e, n, i, s, o, t, a);
  }), e.graph().nodeRankFactor = i;
}
function cn(e, n, t, r, o, i, s) {
  var c;
  let a = e.children(s);
  if (!a.length) {
    s !== n && e.setEdge(n, s, { weight: 0, minlen: t });
    return;
  }
  let l = ae(e, "_bt"), u = ae(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(u, s), d.borderBottom = u, a.forEach((f) => {
    var b;
    cn(e, n, t, r, o, i, f);
    let h = e.node(f), g = h.borderTop ? h.borderTop : f, m = h.borderBottom ? h.borderBottom : f, L = h.borderTop ? r : 2 * r, y = g !== m ? 1 : o - ((b = i[s]) != null ? b : 0) + 1;
    e.setEdge(l, g, { weight: L, minlen: y, nestingEdge: true }), e.setEdge(m, u, { weight: L, minlen: y, nestingEdge: true });
  }), e.parent(s) || e.setEdge(n, l, { weight: 0, minlen: o + ((c = i[s]) != null ? c : 0) });
}
function Rt(e) {
  let n = {};
  function t(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => t(s, o + 1)), n[r] = o;
  }
  return e.children(V).forEach((r) => t(r, 1)), n;
}
function It(e) {
  return e.edges().reduce((n, t) => n + e.edge(t).weight, 0);
}
function fn(e) {
  let n = e.graph();
  e.removeNode(n.nestingRoot), delete n.nestingRoot, e.edges().forEach((t) => {
    e.edge(t).nestingEdge && e.removeEdge(t);
  });
}
function Mt(e) {
  function n(t) {
    let r = e.children(t), o = e.node(t);
    if (r.length && r.forEach(n), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) hn(e, "borderLeft", "_bl", t, o, i), hn(e, "borderRight", "_br", t, o, i);
    }
  }
  e.children(V).forEach(n);
}
function hn(e, n, t, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: n }, a = o[n][i - 1], l = M(e, "border", s, t);
  o[n][i] = l, e.setParent(l, r), a && e.setEdge(a, l, { weight: 1 });
}
function pn(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && En(e);
}
function mn(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Pt(e), (n === "lr" || n === "rl") && (Ft(e), En(e));
}
function En(e) {
  e.nodes().forEach((n) => gn(e.node(n))), e.edges().forEach((n) => gn(e.edge(n)));
}
function gn(e) {
  let n = e.width;
  e.width = e.height, e.height = n;
}
function Pt(e) {
  e.nodes().forEach((n) => me(e.node(n))), e.edges().forEach((n) => {
    var r;
    let t = e.edge(n);
    (r = t.points) == null || r.forEach(me), Object.hasOwn(t, "y") && me(t);
  });
}
function me(e) {
  e.y = -e.y;
}
function Ft(e) {
  e.nodes().forEach((n) => Ee(e.node(n))), e.edges().forEach((n) => {
    var r;
    let t = e.edge(n);
    (r = t.points) == null || r.forEach(Ee), Object.hasOwn(t, "x") && Ee(t);
  });
}
function Ee(e) {
  let n = e.x;
  e.x = e.y, e.y = n;
}
function Le(e, n = null) {
  let t = {}, r = e.nodes().filter((d) => !e.children(d).length), o = r.map((d) => e.node(d).rank), i = S(Math.max, o), s = D(i + 1).map(() => []);
  function a(d) {
    if (t[d]) return;
    t[d] = true;
    let c = e.node(d);
    s[c.rank].push(d);
    let f = e.successors(d);
    f && [...f].sort((g, m) => u(g, m)).forEach(a);
  }
  r.sort((d, c) => e.node(d).rank - e.node(c).rank).forEach(a);
  function u(d, c) {
    let f = e.node(d), h = e.node(c);
    return ee(n, f, h);
  }
  return s;
}
function ye(e, n) {
  let t = 0;
  for (let r = 1; r < n.length; ++r) t += At(e, n[r - 1], n[r]);
  return t;
}
function At(e, n, t) {
  let r = He(t, t.map((u, d) => d)), o = n.flatMap((u) => {
    let d = e.outEdges(u);
    return d ? d.map((c) => ({ pos: r[c.w], weight: e.edge(c).weight })).sort((c, f) => c.pos - f.pos) : [];
  }), i = 1;
  for (; i < t.length; ) i <<= 1;
  let s = 2 * i - 1;
  i -= 1;
  let a = new Array(s).fill(0), l = 0;
  return o.forEach((u) => {
    let d = u.pos + i;
    a[d] += u.weight;
    let c = 0;
    for (; d > 0; ) d % 2 && (c += a[d + 1]), d = d - 1 >> 1, a[d] += u.weight;
    l += u.weight * c;
  }), l;
}
function we(e, n = []) {
  return n.map((t) => {
    let r = e.inEdges(t);
    if (!r || !r.length) return { v: t };
    {
      let o = r.reduce((i, s) => {
        let a = e.edge(s), l = e.node(s.v);
        return { sum: i.sum + a.weight * l.order, weight: i.weight + a.weight };
      }, { sum: 0, weight: 0 });
      return { v: t, barycenter: o.sum / o.weight, weight: o.weight };
    }
  });
}
function Ne(e, n) {
  let t = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), t[o.v] = s;
  }), n.edges().forEach((o) => {
    let i = t[o.v], s = t[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(t).filter((o) => !o.indegree);
  return Vt(r);
}
function Vt(e) {
  let n = [];
  function t(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && Yt(o, i);
    };
  }
  function r(o) {
    return (i) => {
      i.in.push(o), --i.indegree === 0 && e.push(i);
    };
  }
  for (; e.length; ) {
    let o = e.pop();
    n.push(o), o.in.reverse().forEach(t(o)), o.out.forEach(r(o));
  }
  return n.filter((o) => !o.merged).map((o) => W(o, ["vs", "i", "barycenter", "weight"]));
}
function Yt(e, n) {
  let t = 0, r = 0;
  e.weight && (t += e.barycenter * e.weight, r += e.weight), n.weight && (t += n.barycenter * n.weight, r += n.weight), e.vs = n.vs.concat(e.vs), e.barycenter = t / r, e.weight = r, e.i = Math.min(n.i, e.i), n.merged = true;
}
function Ge(e, n, t, r, o) {
  let i = {}, s = null, a = null, l = o;
  typeof n == "boolean" ? (l = n, i = {}) : n && (i = n, s = t != null ? t : null, a = r != null ? r : null);
  let u = ze(e, (y) => Object.hasOwn(y, "barycenter")), d = u.lhs, c = u.rhs.sort((y, b) => b.i - y.i), f = [], h = 0, g = 0, m = 0;
  d.sort(Bt(a, s, !!l));
  for (let [y, b] of Object.entries(i)) {
    let p = d.findIndex((E) => E.vs[0] === y);
    d.splice(p + 1, 0, b);
  }
  m = Ln(f, c, m), d.forEach((y) => {
    m += y.vs.length, f.push(y.vs), h += y.barycenter * y.weight, g += y.weight, m = Ln(f, c, m);
  });
  let L = { vs: f.flat(1) };
  return g && (L.barycenter = h / g, L.weight = g), L;
}
function Ln(e, n, t) {
  let r;
  for (; n.length && (r = n[n.length - 1]).i <= t; ) n.pop(), e.push(r.vs), t++;
  return t;
}
function Bt(e, n, t) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = ee(n, i, s);
      if (a !== 0) return a;
    }
    return t ? o.i - r.i : r.i - o.i;
  };
}
function te(e, n, t, r, o) {
  var y, b, p, E, w, k, _, O, j, R, I;
  let i = null, s = o;
  typeof r == "boolean" ? (s = r, i = null) : r !== void 0 && (i = r);
  let a = e.children(n), l = e.node(n), u = l ? l.borderLeft : void 0, d = l ? l.borderRight : void 0, c = {};
  u && (a = a.filter((v) => v !== u && v !== d));
  let f = we(e, a);
  f.forEach((v) => {
    if (e.children(v.v).length) {
      let { result: x } = te(e, v.v, t, i, s);
      c[v.v] = x, Object.hasOwn(x, "barycenter") && Xt(v, x);
    }
  });
  let h = Ne(f, t);
  Wt(h, c);
  let g = {}, m = false;
  for (let v = 0; v < h.length; v++) for (let x = v + 1; x < h.length; x++) if (!(!h[v] || !h[x] || !((y = h[v]) != null && y.barycenter) || !((b = h[x]) != null && b.barycenter)) && ((p = h[v]) == null ? void 0 : p.barycenter) === h[x].barycenter) {
    let G = (w = (E = h[v]) == null ? void 0 : E.vs[0]) != null ? w : "", N = (_ = (k = h[x]) == null ? void 0 : k.vs[0]) != null ? _ : "", C = e.node(G), B = e.node(N);
    if (C.dummy === "edge" && B.dummy === "edge" && ((O = C.edgeObj) == null ? void 0 : O.v) === ((j = B.edgeObj) == null ? void 0 : j.v) && ((R = C.edgeObj) == null ? void 0 : R.w) === ((I = B.edgeObj) == null ? void 0 : I.w)) if (C.edgeLabel.reversed) {
      g[N] = h[v], h.splice(v, 1), v--;
      break;
    } else g[G] || (g[G] = h[x], h.splice(x, 1), x--);
    else m = true;
  }
  let L = Ge(h, g, i, e, s);
  if (u && d) {
    L.vs = [u, L.vs, d].flat(1);
    let v = e.predecessors(u);
    if (v && v.length) {
      let x = e.node(v[0]), G = e.predecessors(d), N = e.node(G[0]);
      Object.hasOwn(L, "barycenter") || (L.barycenter = 0, L.weight = 0), L.barycenter = (L.barycenter * L.weight + x.order + N.order) / (L.weight + 2), L.weight += 2;
    }
  }
  return Object.defineProperty(L, "result", { value: L, enumerable: false, configurable: true, writable: true }), Object.defineProperty(L, "usedBias", { value: m, enumerable: false, configurable: true, writable: true }), L;
}
function Wt(e, n) {
  e.forEach((t) => {
    t.vs = t.vs.flatMap((r) => n[r] ? n[r].vs : r);
  });
}
function Xt(e, n) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + n.barycenter * n.weight) / (e.weight + n.weight), e.weight += n.weight) : (e.barycenter = n.barycenter, e.weight = n.weight);
}
function ve(e, n, t, r) {
  r || (r = e.nodes());
  let o = zt(e), i = new T({ compound: true }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
  return r.forEach((s) => {
    let a = e.node(s), l = e.parent(s);
    if (a.rank === n || a.minRank <= n && n <= a.maxRank) {
      i.setNode(s), i.setParent(s, l || o);
      let u = e[t](s);
      u && u.forEach((d) => {
        let c = d.v === s ? d.w : d.v, f = i.edge(c, s), h = f !== void 0 ? f.weight : 0;
        i.setEdge(c, s, { weight: e.edge(d).weight + h });
      }), Object.hasOwn(a, "minRank") && i.setNode(s, { borderLeft: a.borderLeft[n], borderRight: a.borderRight[n] });
    }
  }), i;
}
function zt(e) {
  let n;
  for (; e.hasNode(n = $("_root")); ) ;
  return n;
}
function ke(e, n, t) {
  let r = {}, o;
  t.forEach((i) => {
    let s = e.parent(i), a, l;
    for (; s; ) {
      if (a = e.parent(s), a ? (l = r[a], r[a] = s) : (l = o, o = s), l && l !== s) {
        n.setEdge(l, s);
        return;
      }
      s = a;
    }
  });
}
function re(e, n = {}, t = null) {
  if (typeof n.customOrder == "function") {
    n.customOrder(e, re);
    return;
  }
  let r = de(e), o = yn(e, D(1, r + 1), "inEdges"), i = yn(e, D(r, -1, -1), "outEdges"), s = Le(e, t);
  if (wn(e, s), n.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, l, u = n.constraints || [];
  for (let d = 0, c = 0; c < 4; ++d, ++c) {
    Ht(d % 2 ? o : i, d % 4 >= 2, u, t), s = P(e);
    let f = ye(e, s);
    f < a ? (c = 0, l = Object.assign({}, s), a = f) : f === a && (l = structuredClone(s));
  }
  wn(e, l);
}
function yn(e, n, t) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return n.map(function(i) {
    return ve(e, i, t, r.get(i) || []);
  });
}
function Ht(e, n, t, r) {
  let o = true, i = new T();
  e.forEach(function(s) {
    t.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: l, usedBias: u } = te(s, a, i, r, o);
    n && u && (o = !o), l.vs.forEach((d, c) => s.node(d).order = c), ke(s, i, l.vs);
  });
}
function wn(e, n) {
  Object.values(n).forEach((t) => t.forEach((r, o) => e.node(r).order = o));
}
function qt(e, n) {
  let t = {};
  function r(o, i) {
    let s = 0, a = 0, l = o.length, u = i[i.length - 1];
    return i.forEach((d, c) => {
      let f = Ut(e, d), h = f ? e.node(f).order : l;
      (f || d === u) && (i.slice(a, c + 1).forEach((g) => {
        let m = e.predecessors(g);
        m && m.forEach((L) => {
          let y = e.node(L), b = y.order;
          (b < s || h < b) && !(y.dummy && e.node(g).dummy) && Gn(t, L, g);
        });
      }), a = c + 1, s = h);
    }), i;
  }
  return n.length && n.reduce(r), t;
}
function $t(e, n) {
  let t = {};
  function r(a) {
    var l;
    return ((l = e.node(a)) == null ? void 0 : l.dummy) === "border";
  }
  if (!e.nodes().some(r)) return t;
  function i(a, l, u, d, c) {
    D(l, u).forEach((f) => {
      let h = a[f];
      if (h !== void 0 && e.node(h).dummy) {
        let g = e.predecessors(h);
        g && g.forEach((m) => {
          if (m === void 0) return;
          let L = e.node(m);
          L.dummy && (L.order < d || L.order > c) && Gn(t, m, h);
        });
      }
    });
  }
  function s(a, l) {
    let u = -1, d = -1, c = 0;
    return l.forEach((f, h) => {
      if (r(f)) {
        let g = e.predecessors(f);
        if (g && g.length) {
          let m = g[0];
          if (m === void 0) return;
          d = e.node(m).order, i(l, c, h, u, d), c = h, u = d;
        }
      }
      i(l, c, l.length, d, a.length);
    }), l;
  }
  return n.length && n.reduce(s), t;
}
function Ut(e, n) {
  if (e.node(n).dummy) {
    let t = e.predecessors(n);
    if (t) return t.find((r) => e.node(r).dummy);
  }
}
function Gn(e, n, t) {
  if (n > t) {
    let o = n;
    n = t, t = o;
  }
  let r = e[n];
  r || (e[n] = r = {}), r[t] = true;
}
function Jt(e, n, t) {
  if (n > t) {
    let o = n;
    n = t, t = o;
  }
  let r = e[n];
  return r !== void 0 && Object.hasOwn(r, t);
}
function Kt(e, n, t, r, o) {
  let i = {}, s = {}, a = {};
  return n.forEach((l) => {
    l.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), n.forEach((l) => {
    let u = -1, d = -1, c = false, f = l, h = l.findIndex((g) => (o == null ? void 0 : o.includes(g)) || Nn(g, e, o));
    h > 0 && (f = [l[h], ...l.slice(0, h), ...l.slice(h + 1)], c = true), f.forEach((g) => {
      var L;
      let m = r(g);
      if (m && m.length) {
        o != null && o.includes(g) && (m = m.filter((p) => Nn(p, e, o)));
        let y = m.sort((p, E) => {
          let w = a[p], k = a[E];
          return (w !== void 0 ? w : 0) - (k !== void 0 ? k : 0);
        }), b = (y.length - 1) / 2;
        for (let p = Math.floor(b), E = Math.ceil(b); p <= E; ++p) {
          let w = y[p];
          if (w === void 0) continue;
          let k = a[w];
          if (k !== void 0 && s[g] === g && u < k && a[w] !== d && !Jt(t, g, w)) {
            let _ = i[w];
            _ !== void 0 && (s[w] = g, s[g] = i[g] = _, u = k, c && (u = -1, d = (L = a[w]) != null ? L : -1, c = false));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function Qt(e, n, t, r, o = false) {
  let i = {}, s = Zt(e, n, t, o), a = o ? "borderLeft" : "borderRight";
  function l(h, g) {
    let m = s.nodes().slice(), L = {}, y = m.pop();
    for (; y; ) {
      if (L[y]) h(y);
      else {
        L[y] = true, m.push(y);
        for (let b of g(y)) m.push(b);
      }
      y = m.pop();
    }
  }
  function u(h) {
    let g = s.inEdges(h);
    g ? i[h] = g.reduce((m, L) => {
      var p;
      let y = (p = i[L.v]) != null ? p : 0, b = s.edge(L);
      return Math.max(m, y + (b !== void 0 ? b : 0));
    }, 0) : i[h] = 0;
  }
  function d(h) {
    let g = s.outEdges(h), m = Number.POSITIVE_INFINITY;
    g && (m = g.reduce((y, b) => {
      let p = i[b.w], E = s.edge(b);
      return Math.min(y, (p !== void 0 ? p : 0) - (E !== void 0 ? E : 0));
    }, Number.POSITIVE_INFINITY));
    let L = e.node(h);
    m !== Number.POSITIVE_INFINITY && L.borderType !== a && (i[h] = Math.max(i[h] !== void 0 ? i[h] : 0, m));
  }
  function c(h) {
    return s.predecessors(h) || [];
  }
  function f(h) {
    return s.successors(h) || [];
  }
  return l(u, c), l(d, f), Object.keys(r).forEach((h) => {
    var m;
    let g = t[h];
    g !== void 0 && (i[h] = (m = i[g]) != null ? m : 0);
  }), i;
}
function Zt(e, n, t, r) {
  let o = new T(), i = e.graph(), s = rr(i.nodesep, i.edgesep, r);
  return n.forEach((a) => {
    let l;
    a.forEach((u) => {
      let d = t[u];
      if (d !== void 0) {
        if (o.setNode(d), l !== void 0) {
          let c = t[l];
          if (c !== void 0) {
            let f = o.edge(c, d);
            o.setEdge(c, d, Math.max(s(e, u, l), f || 0));
          }
        }
        l = u;
      }
    });
  }), o;
}
function er(e, n) {
  return Object.values(n).reduce((t, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, l]) => {
      let u = or(e, a) / 2;
      o = Math.max(l + u, o), i = Math.min(l - u, i);
    });
    let s = o - i;
    return s < t[0] && (t = [s, r]), t;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function nr(e, n) {
  let t = Object.values(n), r = S(Math.min, t), o = S(Math.max, t);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, l = e[a];
      if (!l || l === n) return;
      let u = Object.values(l), d = r - S(Math.min, u);
      s !== "l" && (d = o - S(Math.max, u)), d && (e[a] = X(l, (c) => c + d));
    });
  });
}
function tr(e, n = void 0) {
  let t = e.ul;
  return t ? X(t, (r, o) => {
    var s, a;
    if (n) {
      let l = n.toLowerCase(), u = e[l];
      if (u && u[o] !== void 0) return u[o];
    }
    let i = Object.values(e).map((l) => {
      let u = l[o];
      return u !== void 0 ? u : 0;
    }).sort((l, u) => l - u);
    return (((s = i[1]) != null ? s : 0) + ((a = i[2]) != null ? a : 0)) / 2;
  }) : {};
}
function vn(e, n) {
  let t = P(e), r = Object.assign(qt(e, t), $t(e, t)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? t : Object.values(t).reverse(), ["l", "r"].forEach((l) => {
      l === "r" && (i = i.map((f) => Object.values(f).reverse()));
      let d = Kt(e, i, r, (f) => (a === "u" ? e.predecessors(f) : e.successors(f)) || [], n), c = Qt(e, i, d.root, d.align, l === "r");
      l === "r" && (c = X(c, (f) => -f)), o[a + l] = c;
    });
  });
  let s = er(e, o);
  return nr(o, s), tr(o, e.graph().align);
}
function rr(e, n, t) {
  return (r, o, i) => {
    let s = r.node(o), a = r.node(i), l = 0, u;
    if (l += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
      case "l":
        u = -s.width / 2;
        break;
      case "r":
        u = s.width / 2;
        break;
    }
    if (u && (l += t ? u : -u), u = void 0, l += (s.dummy ? n : e) / 2, l += (a.dummy ? n : e) / 2, l += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
      case "l":
        u = a.width / 2;
        break;
      case "r":
        u = -a.width / 2;
        break;
    }
    return u && (l += t ? u : -u), l;
  };
}
function or(e, n) {
  return e.node(n).width;
}
function Nn(e, n, t) {
  var s;
  if (!t) return false;
  let r = (s = n.node(e)) == null ? void 0 : s.edgeObj;
  if (!r || n.node(e).edgeLabel.reversed) return false;
  let o = t.indexOf(r == null ? void 0 : r.v), i = t.indexOf(r == null ? void 0 : r.w);
  return o !== -1 && i !== -1 && o === (i + 1) % t.length || o === (i - 1) % t.length;
}
function kn(e, n) {
  e = Z(e), ir(e), Object.entries(vn(e, n)).forEach(([t, r]) => e.node(t).x = r);
}
function ir(e) {
  let n = P(e), t = e.graph(), r = t.ranksep, o = t.rankalign, i = 0;
  n.forEach((s) => {
    let a = s.reduce((l, u) => {
      var c;
      let d = (c = e.node(u).height) != null ? c : 0;
      return l > d ? l : d;
    }, 0);
    s.forEach((l) => {
      let u = e.node(l);
      o === "top" ? u.y = i + u.height / 2 : o === "bottom" ? u.y = i + a - u.height / 2 : u.y = i + a / 2;
    }), i += a + r;
  });
}
function Oe(e, n = {}) {
  return In(e, q, n), e;
}
function _n(e, n, t) {
  let r = n;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === t) return r;
    r = o;
  }
}
function In(e, n, t) {
  var y;
  let r = e.nodes().filter((b) => e.children(b).length), o = {};
  r.forEach((b) => {
    let p = e.node(b);
    if (p && p.rankdir) {
      let E = new T({ multigraph: true, compound: true });
      E.setGraph({ rankdir: p.rankdir });
      let w = e.children(b);
      w.forEach((G) => {
        let N = { ...e.node(G) };
        E.setNode(G, N);
        let C = e.parent(G);
        C && C !== b && w.includes(C) && E.setParent(G, C);
      });
      let k = /* @__PURE__ */ new Set();
      e.edges().forEach((G) => {
        let N = _n(e, G.v, b), C = _n(e, G.w, b);
        if (N === G.v && C === G.w) E.setEdge(G, { ...e.edge(G) });
        else if (N && C && N !== C) {
          let B = `${N}\0${C}`;
          k.has(B) || (k.add(B), E.setEdge(N, C, { ...e.edge(G) }));
        }
      }), In(E, n, t);
      let _ = Rn(E);
      Cn(_, n, t, null), Tn(E, _);
      let O = 1 / 0, j = 1 / 0, R = -1 / 0, I = -1 / 0;
      E.nodes().forEach((G) => {
        if (G === b) return;
        let N = E.node(G);
        N && typeof N.x == "number" && typeof N.y == "number" && typeof N.width == "number" && typeof N.height == "number" && (O = Math.min(O, N.x - N.width / 2), R = Math.max(R, N.x + N.width / 2), j = Math.min(j, N.y - N.height / 2), I = Math.max(I, N.y + N.height / 2));
      }), (!isFinite(O) || !isFinite(j) || !isFinite(R) || !isFinite(I)) && (O = j = 0, R = I = 0);
      let v = R - O, x = I - j;
      o[b] = { minX: O, minY: j, maxX: R, maxY: I, width: v, height: x, offsetX: O, offsetY: j }, p._dagreClusterSubgraph = E;
    }
  });
  let i = [], s = (b) => {
    let p = [], E = (e.children(b) || []).filter((w) => w !== b);
    for (; E.length > 0; ) {
      let w = E.shift();
      p.push(w), (e.children(w) || []).filter((k) => k !== w).forEach((k) => E.push(k));
    }
    return p;
  }, a = /* @__PURE__ */ new Map();
  r.forEach((b) => {
    let p = e.node(b);
    p && p.rankdir && o[b] && a.set(b, (e.children(b) || []).filter((E) => E !== b));
  });
  let l = new Set([...a.values()].flat()), u = /* @__PURE__ */ new Map();
  a.forEach((b, p) => {
    l.has(p) || u.set(p, s(p));
  });
  let d = new Set([...u.values()].flat()), c = (b) => {
    for (let [p, E] of u) if (E.includes(b)) return p;
    return b;
  }, f = [];
  e.edges().forEach((b) => {
    (d.has(b.v) || d.has(b.w)) && f.push({ edge: b, label: e.edge(b) });
  });
  let h = /* @__PURE__ */ new Map();
  d.forEach((b) => {
    let p = e.parent(b);
    h.set(b, typeof p == "string" ? p : void 0);
  }), u.forEach((b, p) => {
    let E = e.node(p), w = [];
    b.forEach((O) => {
      let j = e.node(O);
      j && (w.push({ id: O, node: j, parent: h.get(O) }), e.removeNode(O));
    });
    let k = f.filter(({ edge: O }) => b.includes(O.v) || b.includes(O.w)), _ = o[p];
    E && (i.push({ clusterId: p, subgraph: E._dagreClusterSubgraph, bounds: _, children: b, removedNodes: w, removedEdges: k }), E.width = _.width, E.height = _.height);
  });
  let g = /* @__PURE__ */ new Set();
  f.forEach(({ edge: b, label: p }) => {
    let E = c(b.v), w = c(b.w);
    if (E !== w && e.hasNode(E) && e.hasNode(w)) {
      let k = `${E}\0${w}`;
      g.has(k) || (g.add(k), e.setEdge(E, w, { ...p, width: 0, height: 0 }));
    }
  });
  let m = Rn(e), L = Cn(m, n, t, (y = xn.get(e)) != null ? y : null);
  xn.set(e, L), Tn(e, m), g.forEach((b) => {
    let p = b.indexOf("\0"), E = b.slice(0, p), w = b.slice(p + 1);
    e.hasEdge(E, w) && e.removeEdge(E, w);
  }), i.forEach(({ clusterId: b, subgraph: p, bounds: E, removedNodes: w, removedEdges: k }) => {
    var v, x;
    let _ = e.node(b), O = (v = _ == null ? void 0 : _.x) != null ? v : 0, j = (x = _ == null ? void 0 : _.y) != null ? x : 0, R = (E.minX + E.maxX) / 2, I = (E.minY + E.maxY) / 2;
    w.forEach(({ id: G, node: N, parent: C }) => {
      e.setNode(G, N), C !== void 0 && e.setParent(G, C);
    }), k.forEach(({ edge: G, label: N }) => {
      e.setEdge(G, N);
    }), p.nodes().forEach((G) => {
      if (G === b) return;
      let N = p.node(G), C = e.node(G);
      C && N && typeof N.x == "number" && typeof N.y == "number" && (C.x = O + (N.x - R), C.y = j + (N.y - I));
    }), On(e, p, O - R, j - I), delete _._dagreClusterSubgraph;
  }), r.forEach((b) => {
    var w, k;
    let p = e.node(b), E = o[b];
    if (p && p.rankdir && p._dagreClusterSubgraph && E) {
      let _ = p._dagreClusterSubgraph, O = (w = p.x) != null ? w : 0, j = (k = p.y) != null ? k : 0, R = (E.minX + E.maxX) / 2, I = (E.minY + E.maxY) / 2;
      _.nodes().forEach((v) => {
        if (v === b) return;
        let x = _.node(v), G = e.node(v);
        if (G && x && typeof x.x == "number" && typeof x.y == "number") {
          let N = x.x - R, C = x.y - I;
          G.x = O + N, G.y = j + C;
        }
      }), On(e, _, O - R, j - I), delete p._dagreClusterSubgraph;
    }
  });
}
function On(e, n, t, r) {
  n.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = n.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + t, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + t, s.y = i.y + r);
  });
}
function Cn(e, n, t, r = null) {
  var l, u;
  let o = (t == null ? void 0 : t.useDynamic) !== false, i = o && (l = r == null ? void 0 : r.graph) != null ? l : null, s = o && (u = r == null ? void 0 : r.rawNodes) != null ? u : null;
  n("    makeSpaceForEdgeLabels", () => hr(e)), n("    removeSelfEdges", () => Nr(e)), n("    acyclic", () => Ue(e, i)), n("    nestingGraph.run", () => un(e)), n("    rank", () => dn(Z(e))), n("    injectEdgeLabelProxies", () => br(e)), n("    removeEmptyRanks", () => We(e)), n("    nestingGraph.cleanup", () => fn(e)), n("    normalizeRanks", () => Be(e)), n("    assignRankMinMax", () => gr(e)), n("    removeEdgeLabelProxies", () => pr(e)), n("    normalize.run", () => Ke(e)), n("    parentDummyChains", () => ln(e)), n("    addBorderSegments", () => bn(e)), n("    order", () => re(e, t, s)), n("    insertSelfEdges", () => Gr(e)), n("    adjustCoordinateSystem", () => pn(e)), n("    position", () => kn(e, t.corePath)), n("    positionSelfEdges", () => vr(e));
  let a = JSON.parse(JSON.stringify(e._nodes));
  return n("    removeBorderNodes", () => wr(e)), n("    normalize.undo", () => Qe(e)), n("    fixupEdgeLabelCoords", () => Lr(e)), n("    undoCoordinateSystem", () => mn(e)), n("    translateGraph", () => mr(e)), n("    assignNodeIntersects", () => Er(e)), n("    reversePoints", () => yr(e)), n("    acyclic.undo", () => Je(e)), { graph: e, rawNodes: a };
}
function Tn(e, n) {
  e.nodes().forEach((t) => {
    let r = e.node(t), o = n.node(t);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, n.children(t).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((t) => {
    let r = e.edge(t), o = n.edge(t);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = n.graph().width, e.graph().height = n.graph().height;
}
function Rn(e) {
  let n = new T({ multigraph: true, compound: true }), t = _e(e.graph());
  return n.setGraph(Object.assign({}, ar, xe(t, sr), W(t, dr))), e.nodes().forEach((r) => {
    let o = _e(e.node(r)), i = xe(o, lr);
    Object.keys(jn).forEach((a) => {
      i[a] === void 0 && (i[a] = jn[a]);
    }), n.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && n.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = _e(e.edge(r));
    n.setEdge(r, Object.assign({}, cr, xe(o, ur), W(o, fr)));
  }), n;
}
function hr(e) {
  let n = e.graph();
  n.ranksep /= 2, e.edges().forEach((t) => {
    var o;
    let r = e.edge(t);
    r.minlen *= 2, ((o = r.labelpos) != null ? o : "r").toLowerCase() !== "c" && (n.rankdir === "TB" || n.rankdir === "BT" ? r.width += r.labeloffset : r.height += r.labeloffset);
  });
}
function br(e) {
  e.edges().forEach((n) => {
    let t = e.edge(n);
    if (t.width && t.height) {
      let r = e.node(n.v), i = { rank: (e.node(n.w).rank - r.rank) / 2 + r.rank, e: n };
      M(e, "edge-proxy", i, "_ep");
    }
  });
}
function gr(e) {
  let n = 0;
  e.nodes().forEach((t) => {
    let r = e.node(t);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, n = Math.max(n, r.maxRank));
  }), e.graph().maxRank = n;
}
function pr(e) {
  e.nodes().forEach((n) => {
    let t = e.node(n);
    if (t.dummy === "edge-proxy") {
      let r = t;
      e.edge(r.e).labelRank = t.rank, e.removeNode(n);
    }
  });
}
function mr(e) {
  let n = Number.POSITIVE_INFINITY, t = 0, r = Number.POSITIVE_INFINITY, o = 0, i = e.graph(), s = i.marginx || 0, a = i.marginy || 0;
  function l(u) {
    let d = u.x, c = u.y, f = u.width, h = u.height;
    n = Math.min(n, d - f / 2), t = Math.max(t, d + f / 2), r = Math.min(r, c - h / 2), o = Math.max(o, c + h / 2);
  }
  e.nodes().forEach((u) => l(e.node(u))), e.edges().forEach((u) => {
    let d = e.edge(u);
    Object.hasOwn(d, "x") && l(d);
  }), n -= s, r -= a, e.nodes().forEach((u) => {
    let d = e.node(u);
    d.x -= n, d.y -= r;
  }), e.edges().forEach((u) => {
    let d = e.edge(u);
    d.points.forEach((c) => {
      c.x -= n, c.y -= r;
    }), Object.hasOwn(d, "x") && (d.x -= n), Object.hasOwn(d, "y") && (d.y -= r);
  }), i.width = t - n + s, i.height = o - r + a;
}
function Er(e) {
  e.edges().forEach((n) => {
    if (n.v === n.w) return;
    let t = e.edge(n), r = e.node(n.v), o = e.node(n.w), i, s;
    t.points ? (i = t.points[0], s = t.points[t.points.length - 1]) : (t.points = [], i = o, s = r), t.points.unshift(se(r, i)), t.points.push(se(o, s));
  });
}
function Lr(e) {
  e.edges().forEach((n) => {
    let t = e.edge(n);
    if (Object.hasOwn(t, "x")) switch ((t.labelpos === "l" || t.labelpos === "r") && (t.width -= t.labeloffset), t.labelpos) {
      case "l":
        t.x -= t.width / 2 + t.labeloffset;
        break;
      case "r":
        t.x += t.width / 2 + t.labeloffset;
        break;
    }
  });
}
function yr(e) {
  e.edges().forEach((n) => {
    let t = e.edge(n);
    t.reversed && t.points.reverse();
  });
}
function wr(e) {
  e.nodes().forEach((n) => {
    if (e.children(n).length) {
      let t = e.node(n), r = e.node(t.borderTop), o = e.node(t.borderBottom), i = e.node(t.borderLeft[t.borderLeft.length - 1]), s = e.node(t.borderRight[t.borderRight.length - 1]);
      t.width = Math.abs(s.x - i.x), t.height = Math.abs(o.y - r.y), t.x = i.x + t.width / 2, t.y = r.y + t.height / 2;
    }
  }), e.nodes().forEach((n) => {
    e.node(n).dummy === "border" && e.removeNode(n);
  });
}
function Nr(e) {
  e.edges().forEach((n) => {
    if (n.v === n.w) {
      let t = e.node(n.v);
      t.selfEdges || (t.selfEdges = []), t.selfEdges.push({ e: n, label: e.edge(n) }), e.removeEdge(n);
    }
  });
}
function Gr(e) {
  P(e).forEach((t) => {
    let r = 0;
    t.forEach((o, i) => {
      let s = e.node(o);
      typeof s.rank != "number" && (s.rank = 0), s.order = i + r, (s.selfEdges || []).forEach((a) => {
        M(e, "selfedge", { width: a.label.width, height: a.label.height, rank: s.rank, order: i + ++r, e: a.e, edgeLabel: a.label }, "_se"), (!Array.isArray(a.label.points) || a.label.points.length !== 7) && (a.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete s.selfEdges;
    });
  });
}
function vr(e) {
  e.nodes().forEach((n) => {
    let t = e.node(n), r = (o) => typeof o == "number" && isFinite(o);
    if (t.dummy === "selfedge") {
      let o = t, i = e.node(o.e.v), s = r(i == null ? void 0 : i.x) ? i.x : 0, a = r(i == null ? void 0 : i.y) ? i.y : 0, l = r(i == null ? void 0 : i.width) ? i.width : 0, u = r(i == null ? void 0 : i.height) ? i.height : 0, d = r(t.x) ? t.x : s, c = r(t.y) ? t.y : a, f = l / 2, h = u / 2;
      o.edgeLabel.points = [{ x: d + f, y: c - h }, { x: d + f, y: c - h }, { x: d, y: c }, { x: d - f, y: c + h }, { x: d - f, y: c + h }, { x: d, y: c }, { x: d, y: c }], o.edgeLabel.x = d, o.edgeLabel.y = c, e.setEdge(o.e, o.edgeLabel), e.removeNode(n);
    } else t && Array.isArray(t.selfEdges) && t.selfEdges.forEach((o) => {
      if (!Array.isArray(o.label.points) || o.label.points.length !== 7) {
        let i = r(t.x) ? t.x : 0, s = r(t.y) ? t.y : 0, a = r(t.width) ? t.width : 0, l = r(t.height) ? t.height : 0, u = a / 2, d = l / 2;
        o.label.points = [{ x: i + u, y: s - d }, { x: i + u, y: s - d }, { x: i, y: s }, { x: i - u, y: s + d }, { x: i - u, y: s + d }, { x: i, y: s }, { x: i, y: s }];
      }
    });
  });
}
function xe(e, n) {
  return X(W(e, n), Number);
}
function _e(e) {
  let n = {};
  return e && Object.entries(e).forEach(([t, r]) => {
    typeof t == "string" && (t = t.toLowerCase()), n[t] = r;
  }), n;
}
function Ce(e) {
  let n = P(e), t = new T({ compound: true, multigraph: true }).setGraph({});
  return e.nodes().forEach((r) => {
    t.setNode(r, { label: r }), t.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => t.setEdge(r.v, r.w, {}, r.name)), n.forEach((r, o) => {
    let i = "layer" + o;
    t.setNode(i, { rank: "same" }), r.reduce((s, a) => (t.setEdge(s, a, { style: "invis" }), a));
  }), t;
}
var Te, Sn, Mn, je, ie, Pn, Se, Q, Dn, H, Wn, Pe, Hn, Jn, K, T, Xe, at, V, ue, ce, $e, lt, ne, Nt, Gt, en, dn, _t, ln, bn, xn, sr, ar, dr, lr, jn, ur, cr, fr, kr, $o;
var init_dagre_esm = __esm({
  "node_modules/@dagrejs/dagre/dist/dagre.esm.js"() {
    Te = Object.defineProperty;
    Sn = (e, n, t) => n in e ? Te(e, n, { enumerable: true, configurable: true, writable: true, value: t }) : e[n] = t;
    Mn = (e, n) => {
      for (var t in n) Te(e, t, { get: n[t], enumerable: true });
    };
    je = (e, n, t) => Sn(e, typeof n != "symbol" ? n + "" : n, t);
    ie = {};
    Mn(ie, { Graph: () => T, alg: () => H });
    Pn = Object.defineProperty;
    Se = (e, n) => {
      for (var t in n) Pn(e, t, { get: n[t], enumerable: true });
    };
    Q = class {
      constructor(e) {
        this._isDirected = true, this._isMultigraph = false, this._isCompound = false, this._nodes = {}, this._in = {}, this._preds = {}, this._out = {}, this._sucs = {}, this._edgeObjs = {}, this._edgeLabels = {}, this._nodeCount = 0, this._edgeCount = 0, this._defaultNodeLabelFn = () => {
        }, this._defaultEdgeLabelFn = () => {
        }, e && (this._isDirected = "directed" in e ? e.directed : true, this._isMultigraph = "multigraph" in e ? e.multigraph : false, this._isCompound = "compound" in e ? e.compound : false), this._isCompound && (this._parent = {}, this._children = {}, this._children["\0"] = {});
      }
      isDirected() {
        return this._isDirected;
      }
      isMultigraph() {
        return this._isMultigraph;
      }
      isCompound() {
        return this._isCompound;
      }
      setGraph(e) {
        return this._label = e, this;
      }
      graph() {
        return this._label;
      }
      setDefaultNodeLabel(e) {
        return typeof e != "function" ? this._defaultNodeLabelFn = () => e : this._defaultNodeLabelFn = e, this;
      }
      nodeCount() {
        return this._nodeCount;
      }
      nodes() {
        return Object.keys(this._nodes);
      }
      sources() {
        return this.nodes().filter((e) => Object.keys(this._in[e]).length === 0);
      }
      sinks() {
        return this.nodes().filter((e) => Object.keys(this._out[e]).length === 0);
      }
      setNodes(e, n) {
        return e.forEach((t) => {
          n !== void 0 ? this.setNode(t, n) : this.setNode(t);
        }), this;
      }
      setNode(e, n) {
        return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = n), this) : (this._nodes[e] = arguments.length > 1 ? n : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = true), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
      }
      node(e) {
        return this._nodes[e];
      }
      hasNode(e) {
        return e in this._nodes;
      }
      removeNode(e) {
        if (e in this._nodes) {
          let n = (t) => this.removeEdge(this._edgeObjs[t]);
          delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((t) => {
            this.setParent(t);
          }), delete this._children[e]), Object.keys(this._in[e]).forEach(n), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(n), delete this._out[e], delete this._sucs[e], --this._nodeCount;
        }
        return this;
      }
      setParent(e, n) {
        if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
        if (n === void 0) n = "\0";
        else {
          n += "";
          for (let t = n; t !== void 0; t = this.parent(t)) if (t === e) throw new Error("Setting " + n + " as parent of " + e + " would create a cycle");
          this.setNode(n);
        }
        return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = n, this._children[n][e] = true, this;
      }
      parent(e) {
        if (this._isCompound) {
          let n = this._parent[e];
          if (n !== "\0") return n;
        }
      }
      children(e = "\0") {
        if (this._isCompound) {
          let n = this._children[e];
          if (n) return Object.keys(n);
        } else {
          if (e === "\0") return this.nodes();
          if (this.hasNode(e)) return [];
        }
        return [];
      }
      predecessors(e) {
        let n = this._preds[e];
        if (n) return Object.keys(n);
      }
      successors(e) {
        let n = this._sucs[e];
        if (n) return Object.keys(n);
      }
      neighbors(e) {
        let n = this.predecessors(e);
        if (n) {
          let t = new Set(n), r = this.successors(e);
          if (r) for (let o of r) t.add(o);
          return Array.from(t.values());
        }
      }
      isLeaf(e) {
        var n;
        let t;
        return this.isDirected() ? t = this.successors(e) : t = this.neighbors(e), ((n = t == null ? void 0 : t.length) != null ? n : 0) === 0;
      }
      filterNodes(e) {
        let n = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
        n.setGraph(this.graph()), Object.entries(this._nodes).forEach(([o, i]) => {
          e(o) && n.setNode(o, i);
        }), Object.values(this._edgeObjs).forEach((o) => {
          n.hasNode(o.v) && n.hasNode(o.w) && n.setEdge(o, this.edge(o));
        });
        let t = {}, r = (o) => {
          let i = this.parent(o);
          return !i || n.hasNode(i) ? (t[o] = i, i) : i in t ? t[i] : r(i);
        };
        return this._isCompound && n.nodes().forEach((o) => n.setParent(o, r(o))), n;
      }
      setDefaultEdgeLabel(e) {
        return typeof e != "function" ? this._defaultEdgeLabelFn = () => e : this._defaultEdgeLabelFn = e, this;
      }
      edgeCount() {
        return this._edgeCount;
      }
      edges() {
        return Object.values(this._edgeObjs);
      }
      setPath(e, n) {
        return e.reduce((t, r) => (n !== void 0 ? this.setEdge(t, r, n) : this.setEdge(t, r), r)), this;
      }
      setEdge(e, n, t, r) {
        let o, i, s, a, l = false;
        typeof e == "object" && e !== null && "v" in e ? (o = e.v, i = e.w, s = e.name, arguments.length === 2 && (a = n, l = true)) : (o = e, i = n, s = r, arguments.length > 2 && (a = t, l = true)), o = "" + o, i = "" + i, s !== void 0 && (s = "" + s);
        let u = z(this._isDirected, o, i, s);
        if (u in this._edgeLabels) return l && (this._edgeLabels[u] = a), this;
        if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
        this.setNode(o), this.setNode(i), this._edgeLabels[u] = l ? a : this._defaultEdgeLabelFn(o, i, s);
        let d = Fn(this._isDirected, o, i, s);
        return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Re(this._preds[i], o), Re(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
      }
      edge(e, n, t) {
        let r = arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t);
        return this._edgeLabels[r];
      }
      edgeAsObj(e, n, t) {
        let r = arguments.length === 1 ? this.edge(e) : this.edge(e, n, t);
        return typeof r != "object" || r === null ? { label: r } : r;
      }
      hasEdge(e, n, t) {
        return (arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t)) in this._edgeLabels;
      }
      removeEdge(e, n, t) {
        let r = arguments.length === 1 ? oe(this._isDirected, e) : z(this._isDirected, e, n, t), o = this._edgeObjs[r];
        if (o) {
          let i = o.v, s = o.w;
          delete this._edgeLabels[r], delete this._edgeObjs[r], Ie(this._preds[s], i), Ie(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
        }
        return this;
      }
      inEdges(e, n) {
        return this.isDirected() ? this.filterEdges(this._in[e], e, n) : this.nodeEdges(e, n);
      }
      outEdges(e, n) {
        return this.isDirected() ? this.filterEdges(this._out[e], e, n) : this.nodeEdges(e, n);
      }
      nodeEdges(e, n) {
        if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, n);
      }
      _removeFromParentsChildList(e) {
        delete this._children[this._parent[e]][e];
      }
      filterEdges(e, n, t) {
        if (!e) return;
        let r = Object.values(e);
        return t ? r.filter((o) => o.v === n && o.w === t || o.v === t && o.w === n) : r;
      }
    };
    Dn = {};
    Se(Dn, { read: () => Bn, write: () => An });
    H = {};
    Se(H, { CycleException: () => K, bellmanFord: () => Me, components: () => zn, dijkstra: () => J, dijkstraAll: () => $n, findCycles: () => Un, floydWarshall: () => Kn, isAcyclic: () => Zn, postorder: () => nt, preorder: () => tt, prim: () => rt, shortestPaths: () => ot, tarjan: () => Fe, topsort: () => De });
    Wn = () => 1;
    Pe = class {
      constructor() {
        this._arr = [], this._keyIndices = {};
      }
      size() {
        return this._arr.length;
      }
      keys() {
        return this._arr.map((e) => e.key);
      }
      has(e) {
        return e in this._keyIndices;
      }
      priority(e) {
        let n = this._keyIndices[e];
        if (n !== void 0) return this._arr[n].priority;
      }
      min() {
        if (this.size() === 0) throw new Error("Queue underflow");
        return this._arr[0].key;
      }
      add(e, n) {
        let t = this._keyIndices, r = String(e);
        if (!(r in t)) {
          let o = this._arr, i = o.length;
          return t[r] = i, o.push({ key: r, priority: n }), this._decrease(i), true;
        }
        return false;
      }
      removeMin() {
        if (this.size() === 0) throw new Error("Queue underflow");
        this._swap(0, this._arr.length - 1);
        let e = this._arr.pop();
        return delete this._keyIndices[e.key], this._heapify(0), e.key;
      }
      decrease(e, n) {
        let t = this._keyIndices[e];
        if (t === void 0) throw new Error(`Key not found: ${e}`);
        let r = this._arr[t].priority;
        if (n > r) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${n}`);
        this._arr[t].priority = n, this._decrease(t);
      }
      _heapify(e) {
        let n = this._arr, t = 2 * e, r = t + 1, o = e;
        t < n.length && (o = n[t].priority < n[o].priority ? t : o, r < n.length && (o = n[r].priority < n[o].priority ? r : o), o !== e && (this._swap(e, o), this._heapify(o)));
      }
      _decrease(e) {
        let n = this._arr, t = n[e].priority, r;
        for (; e !== 0 && (r = e >> 1, !(n[r].priority < t)); ) this._swap(e, r), e = r;
      }
      _swap(e, n) {
        let t = this._arr, r = this._keyIndices, o = t[e], i = t[n];
        t[e] = i, t[n] = o, r[i.key] = e, r[o.key] = n;
      }
    };
    Hn = () => 1;
    Jn = () => 1;
    K = class extends Error {
      constructor(e) {
        super(e), this.name = "CycleException";
      }
    };
    T = Q;
    Xe = 65535;
    at = 0;
    V = "\0";
    ue = "3.1.4";
    ce = class {
      constructor() {
        je(this, "_sentinel");
        let n = {};
        n._next = n._prev = n, this._sentinel = n;
      }
      dequeue() {
        let n = this._sentinel, t = n._prev;
        if (t !== n) return qe(t), t;
      }
      enqueue(n) {
        let t = this._sentinel;
        n._prev && n._next && qe(n), n._next = t._next, t._next._prev = n, t._next = n, n._prev = t;
      }
      toString() {
        let n = [], t = this._sentinel, r = t._prev;
        for (; r !== t; ) n.push(JSON.stringify(r, dt)), r = r._prev;
        return "[" + n.join(", ") + "]";
      }
    };
    $e = ce;
    lt = () => 1;
    ne = Et;
    ({ preorder: Nt, postorder: Gt } = H);
    en = Y;
    Y.initLowLimValues = pe;
    Y.initCutValues = ge;
    Y.calcCutValue = nn;
    Y.leaveEdge = rn;
    Y.enterEdge = on;
    Y.exchangeEdges = sn;
    dn = xt;
    _t = U;
    ln = Ct;
    bn = Mt;
    xn = /* @__PURE__ */ new WeakMap();
    sr = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"];
    ar = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" };
    dr = ["acyclicer", "ranker", "rankdir", "align", "rankalign"];
    lr = ["width", "height", "rank"];
    jn = { width: 0, height: 0 };
    ur = ["minlen", "weight", "width", "height", "labeloffset"];
    cr = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" };
    fr = ["labelpos"];
    kr = { graphlib: ie, version: ue, layout: Oe, debug: Ce, util: { time: le, notime: q } };
    $o = kr;
  }
});

// src/report/trust-map-svg.ts
function escapeHtml(s) {
  return visible(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function escapeLines(lines) {
  return lines.map(escapeHtml).join("\n");
}
function edgeDirection(e, declared) {
  if (e.bothWays) return "both";
  const intoDeclared = declared.has(e.to);
  const outOfDeclared = declared.has(e.from);
  if (intoDeclared && outOfDeclared) return "both";
  if (intoDeclared) return "inbound";
  if (outOfDeclared) return "outbound";
  return "between";
}
function clip2(s, max) {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
function pathOf(points) {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  let d = `M${first.x.toFixed(1)},${first.y.toFixed(1)}`;
  if (rest.length === 1) return d + ` L${rest[0].x.toFixed(1)},${rest[0].y.toFixed(1)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest[i];
    const n = rest[i + 1];
    const mx = i === rest.length - 2 ? n.x : (c.x + n.x) / 2;
    const my = i === rest.length - 2 ? n.y : (c.y + n.y) / 2;
    d += ` Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${mx.toFixed(1)},${my.toFixed(1)}`;
  }
  return d;
}
function nodeTitle(n, findings) {
  const lines = [n.label];
  if (n.type !== "others") lines.push(`tenant ID ${n.id}`);
  if (n.cloud) lines.push(`cloud: ${n.cloud}`);
  if (findings?.length) {
    lines.push(`${findings.length} finding${findings.length === 1 ? "" : "s"}:`);
    for (const f of findings.slice(0, 12)) lines.push(`• ${f}`);
    if (findings.length > 12) lines.push(`… and ${findings.length - 12} more`);
  } else if (n.type !== "others") lines.push("no findings");
  return lines;
}
function edgeTitle(e, from, to, dir) {
  const lines = [`${e.label}: ${from?.label ?? e.from} → ${to?.label ?? e.to}${e.bothWays ? " (and back)" : ""}`, `direction: ${DIRECTION_WORDS[dir]}`];
  for (const s of e.sides) lines.push(`${s.setting} ${s.allows ? "allows" : "blocks"} (${s.level}, ${s.at})`);
  return lines;
}
function bundles(edges) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of edges) {
    const key = `${e.from}\0${e.to}\0${e.bothWays ? 1 : 0}`;
    const b = byKey.get(key);
    if (b) b.edges.push(e);
    else byKey.set(key, { from: e.from, to: e.to, bothWays: e.bothWays, edges: [e] });
  }
  return [...byKey.values()];
}
function bundleDirection(b, declared) {
  return edgeDirection({ ...b.edges[0], bothWays: b.bothWays }, declared);
}
function trustMapSvg(graph, opts = {}) {
  if (graph.nodes.length === 0) return '<p class="empty">No tenant declared: nothing to draw.</p>';
  const g = new $o.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 22, edgesep: 14, ranksep: 90, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    const text = clip2(n.label, MAX_LABEL);
    g.setNode(n.id, { width: Math.max(120, text.length * CHAR_WIDTH + 28), height: NODE_HEIGHT });
  }
  const drawn = bundles(graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to)));
  drawn.forEach((b, i) => {
    const longest = Math.max(...b.edges.map((e) => clip2(e.label, 40).length));
    g.setEdge(b.from, b.to, { width: longest * 6.2, height: 14 * b.edges.length, labelpos: "c" }, `b${i}`);
  });
  $o.layout(g);
  const gl = g.graph();
  const width = Math.ceil(gl.width ?? 0);
  const height = Math.ceil(gl.height ?? 0);
  const declared = new Set(graph.nodes.filter((n) => n.type === "tenant").map((n) => n.id));
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="trust-map" role="img" aria-label="Trust map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`
  );
  out.push("<defs>");
  for (const [dir, colour] of Object.entries(DIRECTION_COLOUR)) {
    out.push(`<marker id="arrow-${dir}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`);
  }
  out.push("</defs>");
  drawn.forEach((b, i) => {
    const laid = g.edge({ v: b.from, w: b.to, name: `b${i}` });
    if (!laid?.points) return;
    const dir = bundleDirection(b, declared);
    const colour = DIRECTION_COLOUR[dir];
    const oneSided = b.edges.every((e) => e.oneSided);
    const dash = oneSided ? ' stroke-dasharray="6 4"' : "";
    const start = b.bothWays ? ` marker-start="url(#arrow-${dir})"` : "";
    const thick = b.edges.some((e) => e.kind === "b2bDirectConnect" && !e.oneSided);
    const kinds = b.edges.map((e) => e.kind).join(" ");
    const title = b.edges.flatMap((e, k) => [...k ? [""] : [], ...edgeTitle(e, byId.get(e.from), byId.get(e.to), dir)]);
    out.push(`<g class="edge" data-kinds="${kinds}" data-direction="${dir}"><title>${escapeLines(title)}</title>`);
    out.push(`<path d="${pathOf(laid.points)}" fill="none" stroke="${colour}" stroke-width="${thick ? 2.8 : 1.6}"${dash}${start} marker-end="url(#arrow-${dir})"/>`);
    if (laid.x !== void 0 && laid.y !== void 0) {
      const top = laid.y - 14 * b.edges.length / 2 + 11;
      b.edges.forEach((e, k) => {
        const y = top + 14 * k;
        out.push(
          `<text x="${laid.x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" fill="${colour}" stroke="#fff" stroke-width="3" paint-order="stroke"${e.oneSided ? ' font-style="italic"' : ""}>${escapeHtml(clip2(e.label, 40))}</text>`
        );
      });
    }
    out.push("</g>");
  });
  for (const n of graph.nodes) {
    const laid = g.node(n.id);
    if (!laid) continue;
    const x = laid.x - laid.width / 2;
    const y = laid.y - laid.height / 2;
    const findings = opts.findings?.get(n.id);
    const fill = n.type === "tenant" ? "#ddf4ff" : n.type === "others" ? "#f6f8fa" : "#ffffff";
    const stroke = findings?.length ? "#cf222e" : n.type === "tenant" ? "#0969da" : "#8c959f";
    out.push(`<g class="node" data-type="${n.type}" data-id="${escapeHtml(n.id)}"><title>${escapeLines(nodeTitle(n, findings))}</title>`);
    out.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${laid.width.toFixed(1)}" height="${laid.height.toFixed(1)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${n.type === "tenant" ? 2 : 1.2}"${n.type === "others" ? ' stroke-dasharray="4 3"' : ""}/>`
    );
    const sub = n.type === "others" ? "every other tenant" : findings?.length ? `${findings.length} finding${findings.length === 1 ? "" : "s"}` : n.type;
    out.push(`<text x="${laid.x.toFixed(1)}" y="${(laid.y - 3).toFixed(1)}" text-anchor="middle" font-weight="600">${escapeHtml(clip2(n.label, MAX_LABEL))}</text>`);
    out.push(`<text x="${laid.x.toFixed(1)}" y="${(laid.y + 13).toFixed(1)}" text-anchor="middle" fill="${findings?.length ? "#cf222e" : "#57606a"}" font-size="10.5">${escapeHtml(sub)}</text>`);
    out.push("</g>");
  }
  out.push("</svg>");
  return out.join("\n");
}
function trustMapLegend() {
  const items = Object.keys(DIRECTION_COLOUR).map(
    (d) => `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="${DIRECTION_COLOUR[d]}" stroke-width="2"/></svg> ${escapeHtml(DIRECTION_WORDS[d])}</li>`
  );
  items.push('<li><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="#57606a" stroke-width="2" stroke-dasharray="6 4"/></svg> one-sided: a declared side blocks it</li>');
  items.push("<li>thick line: B2B direct connect · red border: a tenant or partner with findings (hover for them)</li>");
  return `<ul class="legend">${items.join("")}</ul>`;
}
var DIRECTION_COLOUR, DIRECTION_WORDS, CHAR_WIDTH, MAX_LABEL, NODE_HEIGHT;
var init_trust_map_svg = __esm({
  "src/report/trust-map-svg.ts"() {
    "use strict";
    init_dagre_esm();
    init_inert();
    DIRECTION_COLOUR = {
      inbound: "#1f6feb",
      outbound: "#d4731a",
      both: "#8250df",
      between: "#57606a"
    };
    DIRECTION_WORDS = {
      inbound: "into a declared tenant",
      outbound: "out of a declared tenant",
      both: "both ways",
      between: "between partners"
    };
    CHAR_WIDTH = 7.2;
    MAX_LABEL = 34;
    NODE_HEIGHT = 46;
  }
});

// src/report/html.ts
var html_exports = {};
__export(html_exports, {
  FILTER_SCRIPT: () => FILTER_SCRIPT,
  html: () => html
});
function scopeFinder(model) {
  if (!model) return () => ({});
  const tenantOfFile = /* @__PURE__ */ new Map();
  const partnersOfFile = /* @__PURE__ */ new Map();
  for (const t of model.tenants) {
    const tenant = { id: t.id, label: t.label };
    tenantOfFile.set(t.file.path, tenant);
    for (const f of t.includedFiles) if (!tenantOfFile.has(f.path)) tenantOfFile.set(f.path, tenant);
    for (const p of t.partners) {
      const lc = p.entry.file.lineCounter;
      const start = lc.linePos(Math.max(0, p.entryKey.start)).line;
      const end = lc.linePos(Math.max(p.entry.end, p.entryKey.start)).line;
      const list2 = partnersOfFile.get(p.file.path) ?? [];
      list2.push({ start, end, id: p.id, label: p.label });
      partnersOfFile.set(p.file.path, list2);
    }
  }
  for (const list2 of partnersOfFile.values()) list2.sort((a, b) => a.start - b.start);
  return (repoPath, line) => {
    const scope = {};
    const t = tenantOfFile.get(repoPath);
    if (t) scope.tenant = t;
    const p = entryAt(partnersOfFile.get(repoPath), line);
    if (p) scope.partner = { id: p.id, label: p.label };
    return scope;
  };
}
function entryAt(sorted, line) {
  if (!sorted) return void 0;
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid].start <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && line <= sorted[found].end ? sorted[found] : void 0;
}
function excerpt2(text, r) {
  if (text === void 0) return "";
  const lines = text.split(/\r\n|\r|\n/);
  if (r.line < 1 || r.line > lines.length) return "";
  const last = Math.min(r.endLine, r.line + EXCERPT_LINES - 1, lines.length);
  const width = String(last).length;
  const out = [];
  for (let n = r.line; n <= last; n++) {
    const s = lines[n - 1];
    const from = n === r.line ? Math.max(0, r.column - 1) : s.length - s.trimStart().length;
    const to = n === r.endLine ? Math.max(from, r.endColumn - 1) : s.length;
    const marked = from < to ? `${escapeHtml(s.slice(0, from))}<mark>${escapeHtml(s.slice(from, to))}</mark>${escapeHtml(s.slice(to))}` : escapeHtml(s);
    out.push(`<span class="ln">${String(n).padStart(width)}</span>${marked}`);
  }
  return `<pre class="excerpt">${out.join("\n")}</pre>`;
}
function optionList(name, label, values) {
  const opts = [...values].sort((a, b) => a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([v, text]) => `<option value="${escapeHtml(v)}">${escapeHtml(text)}</option>`);
  return `<label>${label}<select name="${name}"><option value="">all</option>${opts.join("")}</select></label>`;
}
function plural4(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function findingHtml(row2, ctx, suppressed) {
  const f = row2.finding;
  const r = f.range;
  const attrs = [
    suppressed ? "data-finding data-suppressed" : "data-finding",
    `data-severity="${f.severity}"`,
    `data-rule="${escapeHtml(f.ruleId)}"`,
    `data-tenant="${escapeHtml(row2.scope.tenant?.id ?? "")}"`,
    `data-partner="${escapeHtml(row2.scope.partner?.id ?? "")}"`
  ];
  const out = [`<article class="finding ${f.severity}" ${attrs.join(" ")}>`];
  out.push(`<h3><span class="badge ${f.severity}">${SEVERITY_ICON2[f.severity]} ${f.severity}</span> ${escapeHtml(f.parts.what || f.message)}</h3>`);
  const scope = [row2.scope.tenant ? `tenant ${row2.scope.tenant.label}` : "", row2.scope.partner ? `partner ${row2.scope.partner.label}` : ""].filter(Boolean).join(" · ");
  out.push(
    `<div class="where">${escapeHtml(`${row2.file}:${r.line}:${r.column}`)} · <a class="rule" href="${escapeHtml(f.docsUrl)}" rel="noreferrer noopener">${escapeHtml(f.ruleId)}</a>${scope ? ` · ${escapeHtml(scope)}` : ""}</div>`
  );
  out.push(excerpt2(ctx.sources?.get(row2.repoPath), r));
  if (f.parts.why) out.push(`<p class="why"><b>Why:</b> ${escapeHtml(f.parts.why)}</p>`);
  if (f.parts.fix) out.push(`<p class="fix"><b>What to do:</b> ${escapeHtml(f.parts.fix)}</p>`);
  if (f.related?.length) {
    out.push(`<ul class="related">${f.related.map((x) => `<li>${escapeHtml(`${x.file}:${x.range.line}:${x.range.column}`)}: ${escapeHtml(x.message)}</li>`).join("")}</ul>`);
  }
  if (suppressed && "suppressions" in f) {
    for (const s of f.suppressions) out.push(`<p class="justification">Suppressed by ${s.kind === "directive" ? "a directive" : "the baseline"}: ${escapeHtml(s.justification || "no reason given")}</p>`);
  }
  out.push("</article>");
  return out.join("\n");
}
function html(ctx) {
  const scopeOf = scopeFinder(ctx.model);
  const rows = [];
  const suppressedRows = [];
  const toRepo = (file) => ctx.repoPaths?.get(file) ?? file;
  for (const r of ctx.results) {
    const repoPath = toRepo(r.file);
    for (const f of r.findings) rows.push({ file: r.file, repoPath, finding: f, scope: scopeOf(repoPath, f.range.line) });
    for (const f of r.suppressed) suppressedRows.push({ file: r.file, repoPath, finding: f, scope: scopeOf(repoPath, f.range.line) });
  }
  const totals = { error: 0, warning: 0, info: 0 };
  const byRule = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  const tenants = /* @__PURE__ */ new Map();
  const partners = /* @__PURE__ */ new Map();
  const nodeFindings = /* @__PURE__ */ new Map();
  for (const row2 of rows) {
    const f = row2.finding;
    totals[f.severity]++;
    const c = byRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    byRule.set(f.ruleId, c);
    rules.set(f.ruleId, f.ruleId);
    if (row2.scope.tenant) tenants.set(row2.scope.tenant.id, row2.scope.tenant.label);
    if (row2.scope.partner) partners.set(row2.scope.partner.id, row2.scope.partner.label);
    const node = row2.scope.partner?.id ?? row2.scope.tenant?.id;
    if (node) {
      const list2 = nodeFindings.get(node) ?? [];
      list2.push(`${f.severity}: ${f.parts.what || f.message} [${f.ruleId}]`);
      nodeFindings.set(node, list2);
    }
  }
  const total = rows.length;
  const title = ctx.title ?? "xtap-lint report";
  const out = [];
  out.push("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="referrer" content="no-referrer">');
  out.push(`<title>${escapeHtml(title)}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>");
  out.push(`<h1>${escapeHtml(title)}</h1>`);
  out.push(`<p class="meta">xtap-lint ${escapeHtml(ctx.version)} · ${plural4(ctx.results.length, "file")} · ${total === 0 ? "no problems" : plural4(total, "problem")}</p>`);
  out.push('<h2 id="summary">Summary</h2>', '<div class="totals">');
  for (const s of SEVERITIES) out.push(`<div><b>${totals[s]}</b><span class="badge ${s}">${SEVERITY_ICON2[s]} ${s}</span></div>`);
  out.push(`<div><b>${suppressedRows.length}</b>suppressed</div>`, "</div>");
  if (byRule.size) {
    out.push("<table><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead><tbody>");
    for (const [id, c] of [...byRule].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
      out.push(`<tr><td class="rule">${escapeHtml(id)}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td></tr>`);
    }
    out.push("</tbody></table>");
  }
  for (const n of ctx.notices ?? []) out.push(`<p class="notice">Note: ${escapeHtml(n)}</p>`);
  out.push('<h2 id="map">Trust map</h2>');
  if (ctx.model) {
    out.push(`<div class="map">${trustMapSvg(buildGraph(ctx.model), { findings: nodeFindings })}</div>`, trustMapLegend());
  } else out.push('<p class="empty">No model: the trust map is not available.</p>');
  out.push('<h2 id="findings">Findings</h2>');
  if (total === 0) out.push('<p class="empty">No problems found.</p>');
  else {
    out.push('<form id="filters" hidden>');
    out.push(
      optionList(
        "severity",
        "Severity",
        new Map(SEVERITIES.filter((s) => totals[s] > 0).map((s) => [s, s]))
      )
    );
    out.push(optionList("rule", "Rule", rules), optionList("tenant", "Tenant", tenants), optionList("partner", "Partner", partners));
    out.push(`<button type="reset">Show all</button><span>Showing <b id="shown">${total}</b> of ${total}</span>`, "</form>");
    for (const row2 of rows) out.push(findingHtml(row2, ctx, false));
  }
  if (suppressedRows.length) {
    out.push(`<h2 id="suppressed">Suppressed findings (${suppressedRows.length})</h2>`, '<div class="suppressed">');
    for (const row2 of suppressedRows) out.push(findingHtml(row2, ctx, true));
    out.push("</div>");
  }
  out.push(`<script>${FILTER_SCRIPT}</script>`, "</body>", "</html>", "");
  return out.join("\n");
}
var SEVERITIES, SEVERITY_ICON2, EXCERPT_LINES, FILTER_SCRIPT, STYLE, CSP;
var init_html = __esm({
  "src/report/html.ts"() {
    "use strict";
    init_graph();
    init_trust_map_svg();
    SEVERITIES = ["error", "warning", "info"];
    SEVERITY_ICON2 = { error: "✖", warning: "⚠", info: "ℹ" };
    EXCERPT_LINES = 6;
    FILTER_SCRIPT = `(function(){
var f=document.getElementById('filters');if(!f)return;f.hidden=false;
var items=[].slice.call(document.querySelectorAll('[data-finding]'));
var count=document.getElementById('shown');
function apply(){var v={};[].forEach.call(f.querySelectorAll('select'),function(s){v[s.name]=s.value;});
var n=0;items.forEach(function(el){var ok=true;for(var k in v){if(v[k]&&el.getAttribute('data-'+k)!==v[k])ok=false;}el.hidden=!ok;if(ok&&!el.hasAttribute('data-suppressed'))n++;});
if(count)count.textContent=String(n);}
f.addEventListener('change',apply);f.addEventListener('reset',function(){setTimeout(apply,0);});apply();})();`;
    STYLE = `
:root{color-scheme:light;--err:#cf222e;--warn:#9a6700;--info:#0969da;--muted:#57606a;--line:#d0d7de}
*{box-sizing:border-box}body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1f2328}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}
.totals{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0}.totals div{border:1px solid var(--line);border-radius:6px;padding:8px 14px}
.totals b{font-size:20px;display:block}
form#filters{display:flex;gap:12px;flex-wrap:wrap;align-items:end;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:10px;margin:8px 0}
form#filters[hidden]{display:none}
form#filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
article.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
article.finding.error{border-left-color:var(--err)}article.finding.warning{border-left-color:var(--warn)}article.finding.info{border-left-color:var(--info)}
article.finding h3{font-size:15px;margin:0 0 4px}.where{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;color:var(--muted)}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px}
pre.excerpt{background:#f6f8fa;border-radius:6px;padding:8px 0;overflow-x:auto;font-size:12.5px;margin:8px 0}
pre.excerpt span.ln{display:inline-block;min-width:4em;padding:0 10px;color:var(--muted);text-align:right;user-select:none}
pre.excerpt mark{background:#ffebe9;color:inherit;text-decoration:underline wavy var(--err)}
.why,.fix{margin:4px 0}.why b,.fix b{color:var(--muted);font-weight:600}
.related{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:13px}
.suppressed article.finding{opacity:.8}.justification{font-style:italic}
.map svg{max-width:100%;height:auto}.map{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:8px;background:#fff}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:14px;color:var(--muted);font-size:12.5px}
.empty{color:var(--muted)}
@media print{form#filters{display:none!important}body{max-width:none;padding:0}article.finding{page-break-inside:avoid}.map{overflow:visible}}
`;
    CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  }
});

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at2 = open[i];
    out += masked.slice(last, at2) + "\0";
    last = at2 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z2 = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z2 + c.slice(1);
          } else {
            c = z2 + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position2, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position2;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re2 = foldCache.get(ch);
  if (!re2) {
    re2 = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re2);
  }
  return re2;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code2 = c.charCodeAt(0);
  if (code2 >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code2] ||= l.re.test(c) ? 1 : 2;
  return ascii[code2] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re2, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re: re2 });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs2 = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs2.set(stack.pop(), i);
  });
  return pairs2;
};
var build = (toks, pairs2, start, end, top) => {
  let seq2 = [];
  const alts = [seq2];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs2, i + 1, close, false);
      seq2.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq2 = []);
    } else if (tok.t === "open") {
      seq2.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq2.push(lit("|"));
    } else if (tok.t === "close") {
      seq2.push(lit(")"));
    } else {
      seq2.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it2 of items) {
    if (it2.t === "lit") {
      run += it2.ch;
      continue;
    }
    flush();
    out.push(it2.t === "ext" ? { ...it2, alts: it2.alts.map((a) => normalize(a, form)) } : it2);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq2 = (items2, next) => items2.reduceRight((next2, it2) => item(it2, next2), next);
  const item = (it2, next) => {
    switch (it2.t) {
      case "lit":
        const re2 = nocase ? foldRe(it2.ch) : void 0;
        return { t: "lit", id: id++, ch: it2.ch, re: re2, next };
      case "any":
      case "star":
        return { t: it2.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it2.re, next };
    }
    const alts = (next2) => it2.alts.map((a) => seq2(a, next2));
    switch (it2.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it2.type === "*" ? after : entry;
  };
  const start = seq2(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code2 = c.charCodeAt(0);
    const found = code2 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code2 < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code2] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it2 of items) {
    const [lo, hi] = itemLengths(it2);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it2) => {
  if (it2.t === "star")
    return [0, Infinity];
  if (it2.t !== "ext")
    return [1, 1];
  if (it2.type === "!")
    return [0, Infinity];
  const alts = it2.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it2.type === "@" ? [min, max] : it2.type === "?" ? [0, max] : it2.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it2) => it2.t === "lit")) {
      this.#literal = items.map((it2) => it2.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it2) => it2.t !== "lit" ? void 0 : nocase ? { ch: it2.ch, re: foldRe(it2.ch) } : { ch: it2.ch };
      for (const it2 of items) {
        const l = lit2(it2);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code2 = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code2] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row2) => this.#rootIndex(row2));
    this.#endRows = this.set.map((row2, r) => this.#endCheck && row2.length - 1 > drives[r]);
    this.#literals = this.set.map((row2, r) => {
      const end = this.#endRows[r] ? row2.length - 1 : row2.length;
      const lits = row2.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row2, r) => {
      const [p0, p1, p2] = row2;
      if (this.#endRows[r] && row2.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row2.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row2.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row2.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row2) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row2[0]))
      return 0;
    const uncDrive = row2[0] === "" && row2[1] === "" && row2[2] === "?" && isDrive(row2[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row2);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row2, i) => {
      for (let k = 0; k < row2.length; k++) {
        if (row2[k] === PENDING) {
          row2[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row2, i) => {
          if (!(row2[k] instanceof Matcher || row2[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P2 = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P2 + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P2 + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row2 = this.set[r];
      const p = row2[row2.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row2, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row2[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row2[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row2, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code2 = 57344;
    while (pattern.includes(String.fromCharCode(code2))) {
      if (++code2 > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code2);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set2 = braceExpand(marked, this.options);
    for (const p of set2) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set2 = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set2.length; r++) {
      const pattern = set2[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/load/glob.ts
var MAX_BRACE_EXPANSION = 256;
var GLOB_CACHE_SIZE = 256;
var compiled = /* @__PURE__ */ new Map();
var GLOB_WORK = { compiled: 0 };
function braceExpansionBound(pattern, cap = MAX_BRACE_EXPANSION + 1) {
  let bound2 = 1;
  const stack = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") stack.push({ start: i, commas: 0 });
    else if (c === "," && stack.length) stack[stack.length - 1].commas++;
    else if (c === "}" && stack.length) {
      const g = stack.pop();
      let n = g.commas + 1;
      if (g.commas === 0) {
        const range2 = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.-?\d+)?$/.exec(pattern.slice(g.start + 1, i));
        if (range2) {
          const a = /\d/.test(range2[1]) ? Number(range2[1]) : range2[1].charCodeAt(0);
          const b = /\d/.test(range2[2]) ? Number(range2[2]) : range2[2].charCodeAt(0);
          n = Math.abs(b - a) + 1;
        }
      }
      bound2 = Math.min(cap, bound2 * n);
    }
  }
  return bound2;
}
function globProblem(pattern) {
  if (braceExpansionBound(pattern) > MAX_BRACE_EXPANSION) {
    return `its braces expand to more than ${MAX_BRACE_EXPANSION} patterns`;
  }
  return void 0;
}
function compile2(pattern) {
  let m = compiled.get(pattern);
  if (m !== void 0) {
    compiled.delete(pattern);
    compiled.set(pattern, m);
    return m;
  }
  GLOB_WORK.compiled++;
  m = globProblem(pattern) === void 0 ? new Minimatch(pattern, { dot: true, braceExpandMax: MAX_BRACE_EXPANSION }) : null;
  compiled.set(pattern, m);
  if (compiled.size > GLOB_CACHE_SIZE) compiled.delete(compiled.keys().next().value);
  return m;
}
function globMatch(path2, pattern) {
  return compile2(pattern)?.match(path2) ?? false;
}

// src/load/load.ts
init_yaml();

// src/validate/suggest.ts
function suggest(word, candidates) {
  const w = normalize2(word);
  if (w.length === 0) return void 0;
  for (const c of candidates) {
    if (normalize2(c) === w) return c;
  }
  const limit = Math.max(2, Math.floor(w.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const n = normalize2(c);
    if (n.length === 0 || Math.abs(n.length - w.length) > limit) continue;
    const d = levenshtein(w, n, Math.min(limit, bestDistance - 1));
    if (d < bestDistance && d <= limit && d < w.length && d < n.length) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function normalize2(s) {
  return s.trim().toLowerCase();
}
function levenshtein(a, b, max = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array(b.length + 1);
  let curr = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[b.length];
}

// src/load/load.ts
var TENANT_ONLY_KEYS = ["tenant", "default", "include", "crossTenantAccessPolicy"];
function fileKind(file) {
  if (file.broken || !file.data || typeof file.data !== "object" || Array.isArray(file.data)) return file.broken ? "unknown" : "partner";
  for (const key of Object.keys(file.data)) {
    if (TENANT_ONLY_KEYS.includes(key)) return "tenant";
    if (key !== "partners" && suggest(key, ["tenant"]) === "tenant") return "tenant";
  }
  return "partner";
}
var FILE_PROBLEM_TEXT = {
  unreadable: "the file cannot be read",
  binary: "the file is binary, not YAML text",
  encoding: "the file is not valid UTF-8 text",
  "too-large": "the file is larger than the size limit",
  "symlink-outside": "the file is a symbolic link that points outside the repository"
};
function reuseParsed(file, kind, read) {
  const copy = { ...file };
  delete copy.declData;
  const includes = readIncludes(copy);
  const extra = read(copy);
  copy.doc = void 0;
  copy.data = void 0;
  return { file: copy, kind, includes, extra };
}
function loadFiles(inputs, limits = DEFAULT_PARSE_LIMITS, onParsed, reused) {
  const reports = [];
  const files = [];
  const kinds = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Map();
  const sorted = [...inputs].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const input of sorted) {
    if (input.problem || input.text === void 0) {
      const file2 = parseSource(input.path, "", limits).file;
      file2.broken = true;
      file2.doc = void 0;
      file2.data = void 0;
      files.push(file2);
      kinds.set(file2.path, "unknown");
      const what = input.problem ? `${FILE_PROBLEM_TEXT[input.problem.kind] ?? "the file cannot be read"}: ${input.problem.message}` : "the file cannot be read";
      reports.push({
        ruleId: "syntax",
        at: locOf(file2, null),
        message: { what: capitalize(what) + ".", why: "xtap-lint can only check declarations it can read as YAML text.", fix: fixForProblem(input.problem?.kind) }
      });
      continue;
    }
    const again = reused?.files.get(input.path);
    if (again && again.file.text === input.text) {
      files.push(again.file);
      kinds.set(again.file.path, again.kind);
      read.set(again.file, again.includes);
      reused?.onReused(again);
      continue;
    }
    const { file, problems } = parseSource(input.path, input.text, limits);
    files.push(file);
    const kind = fileKind(file);
    kinds.set(file.path, kind);
    if (!file.broken && kind !== "unknown") {
      if (onParsed) reports.push(...onParsed(file, kind));
      read.set(file, readIncludes(file));
    }
    file.data = void 0;
    file.doc = void 0;
    for (const p of problems) {
      const range2 = p.whole ? rangeAt(file, 0) : rangeAt(file, p.offset);
      reports.push({
        ruleId: "syntax",
        at: locOf(file, null),
        range: range2,
        message: {
          // The token kind and the position, never the file's text (SPEC §5): a secret read through a symlink must not reach the output.
          what: `YAML syntax error: ${p.message}${p.whole ? "" : ` at ${range2.line}:${range2.column}`}.`,
          why: "A file that is not valid YAML cannot be read, so none of its settings are checked.",
          fix: "Correct the YAML at this position."
        }
      });
    }
  }
  const includes = resolveIncludes(files, kinds, read, reports);
  return { files, kinds, includes, reports };
}
function fixForProblem(kind) {
  switch (kind) {
    case "too-large":
      return "Split the file into smaller partner files, or raise `limits.maxFileBytes` in .xtap-lint.yaml.";
    case "symlink-outside":
      return "Replace the link with the file itself, or remove it.";
    case "binary":
    case "encoding":
      return "Save the file as UTF-8 YAML text.";
    default:
      return "Check the file permissions, or remove the file.";
  }
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function rangeAt(file, offset) {
  const p = position(file, offset);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}
function dirname(path2) {
  const i = path2.lastIndexOf("/");
  return i === -1 ? "" : path2.slice(0, i);
}
function joinGlob(dir, glob) {
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob)) return void 0;
  const parts = (dir ? dir.split("/") : []).concat(glob.replace(/\\/g, "/").split("/"));
  const out = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
function readIncludes(file) {
  const root = file.doc?.contents;
  const includes = [];
  const pair2 = getPair(root, "include");
  if (pair2 && isSeq(pair2.value)) {
    for (const item of pair2.value.items) {
      const glob = item.value;
      if (typeof glob === "string") includes.push({ glob, loc: locOf(file, item) });
    }
  }
  return { includes, partnersKey: locOf(file, getPair(root, "partners")?.key) };
}
function resolveIncludes(files, kinds, read, reports) {
  const candidates = files.filter((f) => kinds.get(f.path) !== "tenant");
  const includedBy = /* @__PURE__ */ new Map();
  const result = /* @__PURE__ */ new Map();
  for (const tenantFile of files) {
    if (kinds.get(tenantFile.path) !== "tenant") continue;
    const dir = dirname(tenantFile.path);
    for (const { glob, loc } of read.get(tenantFile)?.includes ?? []) {
      if (globProblem(glob) !== void 0) {
        reports.push({
          ruleId: "include-unresolved",
          at: loc,
          message: {
            what: `The braces of this include expand to more than ${MAX_BRACE_EXPANSION} patterns.`,
            why: "Each pattern a glob expands to is compiled and matched against every file: a few hundred bytes of braces (`{a,b}{a,b}…`) would take minutes and gigabytes, so xtap-lint refuses the include and reads none of the files it names.",
            fix: `Name the partner files with fewer brace alternatives (at most ${MAX_BRACE_EXPANSION} patterns), e.g. \`partners/*.xtap.yaml\`.`
          }
        });
        continue;
      }
      const pattern = joinGlob(dir, glob);
      if (pattern === void 0) {
        reports.push({
          ruleId: "include-unresolved",
          at: loc,
          message: {
            what: `The include \`${glob}\` leaves the repository.`,
            why: "Includes are confined to the repository root so that a review sees every declaration it applies.",
            fix: "Move the partner files into the repository and include them by a path below this file."
          }
        });
        continue;
      }
      const matched = candidates.filter((f) => f.path !== tenantFile.path && globMatch(f.path, pattern));
      if (matched.length === 0) {
        reports.push({
          ruleId: "include-unresolved",
          at: loc,
          message: {
            what: `The include \`${glob}\` matches no partner file.`,
            why: "Partners declared in files the include was meant to match are silently missing from this tenant.",
            fix: "Correct the glob (it is relative to this file), or remove it."
          }
        });
        continue;
      }
      for (const f of matched) {
        const list2 = includedBy.get(f.path) ?? [];
        if (!list2.includes(tenantFile)) list2.push(tenantFile);
        includedBy.set(f.path, list2);
      }
    }
  }
  const maybeHiddenTenant = files.some((f) => f.broken && /^tenant\s*:/m.test(f.text));
  for (const f of candidates) {
    if (kinds.get(f.path) !== "partner") continue;
    const by = includedBy.get(f.path) ?? [];
    const loc = read.get(f)?.partnersKey ?? locOf(f, null);
    if (by.length === 1) {
      const list2 = result.get(by[0].path) ?? [];
      list2.push(f);
      result.set(by[0].path, list2);
    } else if (by.length === 0 && !maybeHiddenTenant) {
      reports.push({
        ruleId: "include-unresolved",
        at: loc,
        message: {
          what: "No tenant file includes this partner file.",
          why: "A partner file belongs to the tenant whose `include` matches it; these partners apply to no tenant.",
          fix: "Add a glob that matches this file to the tenant file's `include`, or delete the file."
        }
      });
    } else if (by.length > 1) {
      reports.push({
        ruleId: "include-unresolved",
        at: loc,
        message: {
          what: `This partner file is included by ${by.length} tenant files: ${by.map((t) => t.path).join(", ")}.`,
          why: "A partner file must belong to exactly one tenant; xtap-lint cannot tell whose partners these are.",
          fix: "Narrow the includes so that exactly one tenant file matches this file."
        }
      });
    }
  }
  return result;
}

// src/load/directives.ts
init_browser();
var DIRECTIVE_RE = /^#\s*xtap-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;
function yamlComments(text) {
  const out = [];
  const stack = [];
  for (const token of new Parser().parse(text)) stack.push(token);
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
    } else if (v !== null && typeof v === "object") {
      const t = v;
      if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") out.push({ offset: t.offset, source: t.source });
      for (const x of Object.values(v)) if (x !== null && typeof x === "object") stack.push(x);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function parseDirectives(text) {
  if (!text.includes("xtap-lint-")) return [];
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out = [];
  const open = /* @__PURE__ */ new Map();
  for (const comment of yamlComments(text)) {
    if (!comment.source.includes("xtap-lint-")) continue;
    const m = DIRECTIVE_RE.exec(comment.source.trimEnd());
    if (!m) continue;
    const i = lineOf(comment.offset);
    const bom = i === 0 && text.charCodeAt(0) === 65279 ? 1 : 0;
    const before = text.slice(lineStarts[i] + bom, comment.offset);
    const kind = m[1];
    const rest = m[2];
    const sep2 = rest.indexOf(" --");
    const ruleText = (sep2 === -1 ? rest : rest.slice(0, sep2)).trim();
    const reasonText = sep2 === -1 ? void 0 : rest.slice(sep2 + 3).trim();
    const rules = ruleText === "" ? [] : ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const column = before.length + 1;
    const d = {
      kind,
      rules,
      reason: reasonText ? reasonText : void 0,
      line,
      column,
      endColumn: column + comment.source.trimEnd().length,
      fromLine: line,
      toLine: line
    };
    const until = reasonText ? /(?:^|\s)until\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(reasonText) : null;
    if (until) d.until = until[1];
    if (kind === "disable-next-line") {
      const alone = before.trim() === "";
      d.fromLine = d.toLine = alone ? line + 1 : line;
      out.push(d);
    } else if (kind === "disable-line") {
      out.push(d);
    } else if (kind === "disable") {
      d.fromLine = line;
      d.toLine = lineCount;
      out.push(d);
      const keys = rules.length ? rules : ["*"];
      for (const k of keys) {
        const list2 = open.get(k) ?? [];
        list2.push(d);
        open.set(k, list2);
      }
    } else {
      const keys = rules.length ? rules : [...open.keys()];
      for (const k of keys) {
        for (const d2 of open.get(k) ?? []) d2.toLine = Math.min(d2.toLine, line);
        open.delete(k);
      }
      out.push(d);
    }
  }
  return out;
}
function directiveCovers(d, ruleId, line) {
  if (d.kind === "enable") return false;
  if (ruleId === "syntax") return false;
  if (line < d.fromLine || line > d.toLine) return false;
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

// src/engine/lint.ts
init_yaml();

// src/validate/validate.ts
init_yaml();

// src/validate/generated/validators.js
var validateTenant = validate10;
var schema14 = { "type": "string", "enum": ["commercial", "usGovernment", "china"] };
var schema15 = { "type": "string", "enum": ["free", "p1", "p2"] };
var func2 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320) pos++;
    }
  }
  return length;
});
var pattern0 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
var schema16 = { "type": "object", "additionalProperties": false, "properties": { "displayName": { "type": ["string", "null"], "maxLength": 2048 }, "allowedCloudEndpoints": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 2048 } }, "id": { "type": ["string", "null"], "maxLength": 2048 }, "description": { "type": ["string", "null"], "maxLength": 2048 }, "deletedDateTime": { "$ref": "#/$defs/dateTime" }, "definition": { "type": ["array", "string", "null"], "maxItems": 100, "maxLength": 65536, "items": { "type": "string", "maxLength": 65536 } } } };
var schema17 = { "type": ["string", "null"], "maxLength": 2048 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "displayName" || key0 === "allowedCloudEndpoints" || key0 === "id" || key0 === "description" || key0 === "deletedDateTime" || key0 === "definition")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.displayName !== void 0) {
      let data0 = data.displayName;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/displayName", schemaPath: "#/properties/displayName/type", keyword: "type", params: { type: schema16.properties.displayName.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err2 = { instancePath: instancePath + "/displayName", schemaPath: "#/properties/displayName/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.allowedCloudEndpoints !== void 0) {
      let data1 = data.allowedCloudEndpoints;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err3 = { instancePath: instancePath + "/allowedCloudEndpoints", schemaPath: "#/properties/allowedCloudEndpoints/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 2048) {
              const err4 = { instancePath: instancePath + "/allowedCloudEndpoints/" + i0, schemaPath: "#/properties/allowedCloudEndpoints/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/allowedCloudEndpoints/" + i0, schemaPath: "#/properties/allowedCloudEndpoints/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allowedCloudEndpoints", schemaPath: "#/properties/allowedCloudEndpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: schema16.properties.id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func2(data3) > 2048) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string" && data4 !== null) {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema16.properties.description.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) > 2048) {
          const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.deletedDateTime !== void 0) {
      let data5 = data.deletedDateTime;
      if (typeof data5 !== "string" && data5 !== null) {
        const err11 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/type", keyword: "type", params: { type: schema17.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func2(data5) > 2048) {
          const err12 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.definition !== void 0) {
      let data6 = data.definition;
      if (!Array.isArray(data6) && typeof data6 !== "string" && data6 !== null) {
        const err13 = { instancePath: instancePath + "/definition", schemaPath: "#/properties/definition/type", keyword: "type", params: { type: schema16.properties.definition.type }, message: "must be array,string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (func2(data6) > 65536) {
          const err14 = { instancePath: instancePath + "/definition", schemaPath: "#/properties/definition/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (Array.isArray(data6)) {
        if (data6.length > 100) {
          const err15 = { instancePath: instancePath + "/definition", schemaPath: "#/properties/definition/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 === "string") {
            if (func2(data7) > 65536) {
              const err16 = { instancePath: instancePath + "/definition/" + i1, schemaPath: "#/properties/definition/items/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/definition/" + i1, schemaPath: "#/properties/definition/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "id": { "type": ["string", "null"], "maxLength": 2048 }, "isServiceDefault": { "type": ["boolean", "null"] }, "appServiceConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyAppServiceConnectSetting" }, "automaticUserConsentSettings": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "b2bCollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bCollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "blockServiceProviderOutboundAccess": { "type": ["boolean", "null"] }, "crossCloudMeetingConfiguration": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "inboundTrust": { "$ref": "#/$defs/crossTenantAccessPolicyInboundTrust" }, "invitationRedemptionIdentityProviderConfiguration": { "$ref": "#/$defs/defaultInvitationRedemptionIdentityProviderConfiguration" }, "m365CollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting" }, "m365CollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting" }, "protectedContentSharing": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "tenantRestrictions": { "$ref": "#/$defs/crossTenantAccessPolicyTenantRestrictions" } } };
var schema24 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "inboundAllowed": { "type": ["boolean", "null"] }, "outboundAllowed": { "type": ["boolean", "null"] } } };
var schema27 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "isMfaAccepted": { "type": ["boolean", "null"] }, "isCompliantDeviceAccepted": { "type": ["boolean", "null"] }, "isHybridAzureADJoinedDeviceAccepted": { "type": ["boolean", "null"] }, "isCompliantNetworkAccepted": { "type": ["boolean", "null"] } } };
var func12 = Object.prototype.hasOwnProperty;
var schema19 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "applications": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" } } };
var schema20 = { "type": ["object", "null"], "additionalProperties": false, "if": { "required": ["targets"], "properties": { "targets": { "type": "array" } } }, "then": { "properties": { "accessType": true }, "required": ["accessType"] }, "properties": { "accessType": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType" }, "targets": { "type": ["array", "null"], "maxItems": 1e4, "items": { "$ref": "#/$defs/crossTenantAccessPolicyTarget" } } } };
var schema21 = { "type": ["string", "null"], "enum": ["allowed", "blocked", "unknownFutureValue", null] };
var schema22 = { "type": "object", "additionalProperties": false, "properties": { "target": { "type": ["string", "null"], "maxLength": 2048 }, "targetType": { "$ref": "#/$defs/crossTenantAccessPolicyTargetType" }, "label": { "type": "string", "maxLength": 2048 } } };
var schema23 = { "type": ["string", "null"], "enum": ["user", "group", "application", "unknownFutureValue", null] };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "target" || key0 === "targetType" || key0 === "label")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data0 = data.target;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema22.properties.target.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err2 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.targetType !== void 0) {
      let data1 = data.targetType;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/targetType", schemaPath: "#/$defs/crossTenantAccessPolicyTargetType/type", keyword: "type", params: { type: schema23.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "user" || data1 === "group" || data1 === "application" || data1 === "unknownFutureValue" || data1 === null)) {
        const err4 = { instancePath: instancePath + "/targetType", schemaPath: "#/$defs/crossTenantAccessPolicyTargetType/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data2 = data.label;
      if (typeof data2 === "string") {
        if (func2(data2) > 2048) {
          const err5 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema20.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.targets === void 0 && (missing0 = "targets")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.targets !== void 0) {
        if (!Array.isArray(data.targets)) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.accessType === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "accessType" }, message: "must have required property 'accessType'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "accessType" || key0 === "targets")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.accessType !== void 0) {
      let data1 = data.accessType;
      if (typeof data1 !== "string" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/accessType", schemaPath: "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType/type", keyword: "type", params: { type: schema21.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "allowed" || data1 === "blocked" || data1 === "unknownFutureValue" || data1 === null)) {
        const err7 = { instancePath: instancePath + "/accessType", schemaPath: "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data2 = data.targets;
      if (!Array.isArray(data2) && data2 !== null) {
        const err8 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: schema20.properties.targets.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length > 1e4) {
          const err9 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate17(data2[i0], { instancePath: instancePath + "/targets/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "applications")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.applications !== void 0) {
      if (!validate16(data.applications, { instancePath: instancePath + "/applications", parentData: data, parentDataProperty: "applications", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "usersAndGroups": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" }, "applications": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "usersAndGroups" || key0 === "applications")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.usersAndGroups !== void 0) {
      if (!validate16(data.usersAndGroups, { instancePath: instancePath + "/usersAndGroups", parentData: data, parentDataProperty: "usersAndGroups", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.applications !== void 0) {
      if (!validate16(data.applications, { instancePath: instancePath + "/applications", parentData: data, parentDataProperty: "applications", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "primaryIdentityProviderPrecedenceOrder": { "type": ["array", "null"], "maxItems": 100, "items": { "$ref": "#/$defs/b2bIdentityProvidersType" } }, "fallbackIdentityProvider": { "type": ["string", "null"], "enum": ["azureActiveDirectory", "externalFederation", "socialIdentityProviders", "emailOneTimePasscode", "microsoftAccount", "defaultConfiguredIdp", "unknownFutureValue", null] } } };
var schema29 = { "type": "string", "enum": ["azureActiveDirectory", "externalFederation", "socialIdentityProviders", "emailOneTimePasscode", "microsoftAccount", "defaultConfiguredIdp", "unknownFutureValue"] };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema28.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "primaryIdentityProviderPrecedenceOrder" || key0 === "fallbackIdentityProvider")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.primaryIdentityProviderPrecedenceOrder !== void 0) {
      let data0 = data.primaryIdentityProviderPrecedenceOrder;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/primaryIdentityProviderPrecedenceOrder", schemaPath: "#/properties/primaryIdentityProviderPrecedenceOrder/type", keyword: "type", params: { type: schema28.properties.primaryIdentityProviderPrecedenceOrder.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        if (data0.length > 100) {
          const err3 = { instancePath: instancePath + "/primaryIdentityProviderPrecedenceOrder", schemaPath: "#/properties/primaryIdentityProviderPrecedenceOrder/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/primaryIdentityProviderPrecedenceOrder/" + i0, schemaPath: "#/$defs/b2bIdentityProvidersType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data1 === "azureActiveDirectory" || data1 === "externalFederation" || data1 === "socialIdentityProviders" || data1 === "emailOneTimePasscode" || data1 === "microsoftAccount" || data1 === "defaultConfiguredIdp" || data1 === "unknownFutureValue")) {
            const err5 = { instancePath: instancePath + "/primaryIdentityProviderPrecedenceOrder/" + i0, schemaPath: "#/$defs/b2bIdentityProvidersType/enum", keyword: "enum", params: { allowedValues: schema29.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.fallbackIdentityProvider !== void 0) {
      let data2 = data.fallbackIdentityProvider;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/fallbackIdentityProvider", schemaPath: "#/properties/fallbackIdentityProvider/type", keyword: "type", params: { type: schema28.properties.fallbackIdentityProvider.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data2 === "azureActiveDirectory" || data2 === "externalFederation" || data2 === "socialIdentityProviders" || data2 === "emailOneTimePasscode" || data2 === "microsoftAccount" || data2 === "defaultConfiguredIdp" || data2 === "unknownFutureValue" || data2 === null)) {
        const err7 = { instancePath: instancePath + "/fallbackIdentityProvider", schemaPath: "#/properties/fallbackIdentityProvider/enum", keyword: "enum", params: { allowedValues: schema28.properties.fallbackIdentityProvider.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema30 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "users": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "users")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.users !== void 0) {
      if (!validate16(data.users, { instancePath: instancePath + "/users", parentData: data, parentDataProperty: "users", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema31 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "usersAndGroups": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema31.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "usersAndGroups")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.usersAndGroups !== void 0) {
      if (!validate16(data.usersAndGroups, { instancePath: instancePath + "/usersAndGroups", parentData: data, parentDataProperty: "usersAndGroups", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "usersAndGroups": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" }, "applications": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfiguration" }, "devices": { "$ref": "#/$defs/devicesFilter" } } };
var schema34 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "mode": { "$ref": "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType" }, "rule": { "type": ["string", "null"], "maxLength": 2048 } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema34.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "mode" || key0 === "rule")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data0 = data.mode;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType/type", keyword: "type", params: { type: schema21.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "allowed" || data0 === "blocked" || data0 === "unknownFutureValue" || data0 === null)) {
        const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType/enum", keyword: "enum", params: { allowedValues: schema21.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data1 = data.rule;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: schema34.properties.rule.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "usersAndGroups" || key0 === "applications" || key0 === "devices")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.usersAndGroups !== void 0) {
      if (!validate16(data.usersAndGroups, { instancePath: instancePath + "/usersAndGroups", parentData: data, parentDataProperty: "usersAndGroups", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.applications !== void 0) {
      if (!validate16(data.applications, { instancePath: instancePath + "/applications", parentData: data, parentDataProperty: "applications", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.devices !== void 0) {
      if (!validate39(data.devices, { instancePath: instancePath + "/devices", parentData: data, parentDataProperty: "devices", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func12.call(schema18.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: schema18.properties.id.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 2048) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.isServiceDefault !== void 0) {
      let data1 = data.isServiceDefault;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/isServiceDefault", schemaPath: "#/properties/isServiceDefault/type", keyword: "type", params: { type: schema18.properties.isServiceDefault.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.appServiceConnectInbound !== void 0) {
      if (!validate15(data.appServiceConnectInbound, { instancePath: instancePath + "/appServiceConnectInbound", parentData: data, parentDataProperty: "appServiceConnectInbound", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticUserConsentSettings !== void 0) {
      let data3 = data.automaticUserConsentSettings;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
        const err4 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "inboundAllowed" || key1 === "outboundAllowed")) {
            const err5 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.inboundAllowed !== void 0) {
          let data4 = data3.inboundAllowed;
          if (typeof data4 !== "boolean" && data4 !== null) {
            const err6 = { instancePath: instancePath + "/automaticUserConsentSettings/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.outboundAllowed !== void 0) {
          let data5 = data3.outboundAllowed;
          if (typeof data5 !== "boolean" && data5 !== null) {
            const err7 = { instancePath: instancePath + "/automaticUserConsentSettings/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.b2bCollaborationInbound !== void 0) {
      if (!validate21(data.b2bCollaborationInbound, { instancePath: instancePath + "/b2bCollaborationInbound", parentData: data, parentDataProperty: "b2bCollaborationInbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bCollaborationOutbound !== void 0) {
      if (!validate21(data.b2bCollaborationOutbound, { instancePath: instancePath + "/b2bCollaborationOutbound", parentData: data, parentDataProperty: "b2bCollaborationOutbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bDirectConnectInbound !== void 0) {
      if (!validate21(data.b2bDirectConnectInbound, { instancePath: instancePath + "/b2bDirectConnectInbound", parentData: data, parentDataProperty: "b2bDirectConnectInbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bDirectConnectOutbound !== void 0) {
      if (!validate21(data.b2bDirectConnectOutbound, { instancePath: instancePath + "/b2bDirectConnectOutbound", parentData: data, parentDataProperty: "b2bDirectConnectOutbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.blockServiceProviderOutboundAccess !== void 0) {
      let data10 = data.blockServiceProviderOutboundAccess;
      if (typeof data10 !== "boolean" && data10 !== null) {
        const err8 = { instancePath: instancePath + "/blockServiceProviderOutboundAccess", schemaPath: "#/properties/blockServiceProviderOutboundAccess/type", keyword: "type", params: { type: schema18.properties.blockServiceProviderOutboundAccess.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.crossCloudMeetingConfiguration !== void 0) {
      let data11 = data.crossCloudMeetingConfiguration;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
        const err9 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "inboundAllowed" || key2 === "outboundAllowed")) {
            const err10 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data11.inboundAllowed !== void 0) {
          let data12 = data11.inboundAllowed;
          if (typeof data12 !== "boolean" && data12 !== null) {
            const err11 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data11.outboundAllowed !== void 0) {
          let data13 = data11.outboundAllowed;
          if (typeof data13 !== "boolean" && data13 !== null) {
            const err12 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.inboundTrust !== void 0) {
      let data14 = data.inboundTrust;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err13 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/type", keyword: "type", params: { type: schema27.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "isMfaAccepted" || key3 === "isCompliantDeviceAccepted" || key3 === "isHybridAzureADJoinedDeviceAccepted" || key3 === "isCompliantNetworkAccepted")) {
            const err14 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data14.isMfaAccepted !== void 0) {
          let data15 = data14.isMfaAccepted;
          if (typeof data15 !== "boolean" && data15 !== null) {
            const err15 = { instancePath: instancePath + "/inboundTrust/isMfaAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isMfaAccepted/type", keyword: "type", params: { type: schema27.properties.isMfaAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data14.isCompliantDeviceAccepted !== void 0) {
          let data16 = data14.isCompliantDeviceAccepted;
          if (typeof data16 !== "boolean" && data16 !== null) {
            const err16 = { instancePath: instancePath + "/inboundTrust/isCompliantDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data14.isHybridAzureADJoinedDeviceAccepted !== void 0) {
          let data17 = data14.isHybridAzureADJoinedDeviceAccepted;
          if (typeof data17 !== "boolean" && data17 !== null) {
            const err17 = { instancePath: instancePath + "/inboundTrust/isHybridAzureADJoinedDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isHybridAzureADJoinedDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isHybridAzureADJoinedDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data14.isCompliantNetworkAccepted !== void 0) {
          let data18 = data14.isCompliantNetworkAccepted;
          if (typeof data18 !== "boolean" && data18 !== null) {
            const err18 = { instancePath: instancePath + "/inboundTrust/isCompliantNetworkAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantNetworkAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantNetworkAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      }
    }
    if (data.invitationRedemptionIdentityProviderConfiguration !== void 0) {
      if (!validate28(data.invitationRedemptionIdentityProviderConfiguration, { instancePath: instancePath + "/invitationRedemptionIdentityProviderConfiguration", parentData: data, parentDataProperty: "invitationRedemptionIdentityProviderConfiguration", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.m365CollaborationInbound !== void 0) {
      if (!validate30(data.m365CollaborationInbound, { instancePath: instancePath + "/m365CollaborationInbound", parentData: data, parentDataProperty: "m365CollaborationInbound", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.m365CollaborationOutbound !== void 0) {
      if (!validate33(data.m365CollaborationOutbound, { instancePath: instancePath + "/m365CollaborationOutbound", parentData: data, parentDataProperty: "m365CollaborationOutbound", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.protectedContentSharing !== void 0) {
      let data22 = data.protectedContentSharing;
      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22)) && data22 !== null) {
        const err19 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key4 in data22) {
          if (!(key4 === "inboundAllowed" || key4 === "outboundAllowed")) {
            const err20 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data22.inboundAllowed !== void 0) {
          let data23 = data22.inboundAllowed;
          if (typeof data23 !== "boolean" && data23 !== null) {
            const err21 = { instancePath: instancePath + "/protectedContentSharing/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data22.outboundAllowed !== void 0) {
          let data24 = data22.outboundAllowed;
          if (typeof data24 !== "boolean" && data24 !== null) {
            const err22 = { instancePath: instancePath + "/protectedContentSharing/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      }
    }
    if (data.tenantRestrictions !== void 0) {
      if (!validate36(data.tenantRestrictions, { instancePath: instancePath + "/tenantRestrictions", parentData: data, parentDataProperty: "tenantRestrictions", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema37 = { "type": "object", "additionalProperties": false, "required": ["tenantId"], "properties": { "tenantId": { "$ref": "#/$defs/guid" }, "name": { "type": "string", "maxLength": 2048 }, "cloud": { "$ref": "#/$defs/cloud" }, "license": { "$ref": "#/$defs/license" }, "owner": { "type": "string", "minLength": 1, "maxLength": 2048 }, "tags": { "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 256 } }, "reviewBy": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" }, "ticket": { "type": "string", "maxLength": 2048 }, "appServiceConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyAppServiceConnectSetting" }, "automaticUserConsentSettings": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "b2bCollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bCollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "blockServiceProviderOutboundAccess": { "type": ["boolean", "null"] }, "crossCloudMeetingConfiguration": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "deletedDateTime": { "$ref": "#/$defs/dateTime" }, "inboundTrust": { "$ref": "#/$defs/crossTenantAccessPolicyInboundTrust" }, "isInMultiTenantOrganization": { "type": ["boolean", "null"] }, "isServiceProvider": { "type": ["boolean", "null"] }, "m365CollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting" }, "m365CollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting" }, "protectedContentSharing": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "tenantRestrictions": { "$ref": "#/$defs/crossTenantAccessPolicyTenantRestrictions" }, "identitySynchronization": { "$ref": "#/$defs/crossTenantIdentitySyncPolicyPartner" } } };
var pattern2 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
var schema46 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "tenantId": { "$ref": "#/$defs/guid" }, "displayName": { "type": ["string", "null"], "maxLength": 2048 }, "userSyncInbound": { "$ref": "#/$defs/crossTenantUserSyncInbound" }, "groupSyncInbound": { "$ref": "#/$defs/crossTenantGroupSyncInbound" }, "externalCloudAuthorizedApplicationId": { "type": ["string", "null"], "maxLength": 2048 }, "deletedDateTime": { "$ref": "#/$defs/dateTime" } } };
var schema48 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "isSyncAllowed": { "type": ["boolean", "null"] } } };
var schema49 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "isSyncAllowed": { "type": "boolean" } } };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema46.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tenantId" || key0 === "displayName" || key0 === "userSyncInbound" || key0 === "groupSyncInbound" || key0 === "externalCloudAuthorizedApplicationId" || key0 === "deletedDateTime")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tenantId !== void 0) {
      let data0 = data.tenantId;
      if (typeof data0 === "string") {
        if (func2(data0) > 36) {
          const err2 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.displayName !== void 0) {
      let data1 = data.displayName;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/displayName", schemaPath: "#/properties/displayName/type", keyword: "type", params: { type: schema46.properties.displayName.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err6 = { instancePath: instancePath + "/displayName", schemaPath: "#/properties/displayName/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.userSyncInbound !== void 0) {
      let data2 = data.userSyncInbound;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/userSyncInbound", schemaPath: "#/$defs/crossTenantUserSyncInbound/type", keyword: "type", params: { type: schema48.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "isSyncAllowed")) {
            const err8 = { instancePath: instancePath + "/userSyncInbound", schemaPath: "#/$defs/crossTenantUserSyncInbound/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.isSyncAllowed !== void 0) {
          let data3 = data2.isSyncAllowed;
          if (typeof data3 !== "boolean" && data3 !== null) {
            const err9 = { instancePath: instancePath + "/userSyncInbound/isSyncAllowed", schemaPath: "#/$defs/crossTenantUserSyncInbound/properties/isSyncAllowed/type", keyword: "type", params: { type: schema48.properties.isSyncAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.groupSyncInbound !== void 0) {
      let data4 = data.groupSyncInbound;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err10 = { instancePath: instancePath + "/groupSyncInbound", schemaPath: "#/$defs/crossTenantGroupSyncInbound/type", keyword: "type", params: { type: schema49.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "isSyncAllowed")) {
            const err11 = { instancePath: instancePath + "/groupSyncInbound", schemaPath: "#/$defs/crossTenantGroupSyncInbound/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.isSyncAllowed !== void 0) {
          if (typeof data4.isSyncAllowed !== "boolean") {
            const err12 = { instancePath: instancePath + "/groupSyncInbound/isSyncAllowed", schemaPath: "#/$defs/crossTenantGroupSyncInbound/properties/isSyncAllowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.externalCloudAuthorizedApplicationId !== void 0) {
      let data6 = data.externalCloudAuthorizedApplicationId;
      if (typeof data6 !== "string" && data6 !== null) {
        const err13 = { instancePath: instancePath + "/externalCloudAuthorizedApplicationId", schemaPath: "#/properties/externalCloudAuthorizedApplicationId/type", keyword: "type", params: { type: schema46.properties.externalCloudAuthorizedApplicationId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (func2(data6) > 2048) {
          const err14 = { instancePath: instancePath + "/externalCloudAuthorizedApplicationId", schemaPath: "#/properties/externalCloudAuthorizedApplicationId/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.deletedDateTime !== void 0) {
      let data7 = data.deletedDateTime;
      if (typeof data7 !== "string" && data7 !== null) {
        const err15 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/type", keyword: "type", params: { type: schema17.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (func2(data7) > 2048) {
          const err16 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tenantId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenantId" }, message: "must have required property 'tenantId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema37.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tenantId !== void 0) {
      let data0 = data.tenantId;
      if (typeof data0 === "string") {
        if (func2(data0) > 36) {
          const err2 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/tenantId", schemaPath: "#/$defs/guid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cloud !== void 0) {
      let data2 = data.cloud;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/cloud", schemaPath: "#/$defs/cloud/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === "commercial" || data2 === "usGovernment" || data2 === "china")) {
        const err8 = { instancePath: instancePath + "/cloud", schemaPath: "#/$defs/cloud/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data3 = data.license;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/license", schemaPath: "#/$defs/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data3 === "free" || data3 === "p1" || data3 === "p2")) {
        const err10 = { instancePath: instancePath + "/license", schemaPath: "#/$defs/license/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (func2(data4) > 2048) {
          const err11 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        if (data5.length > 100) {
          const err14 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) > 256) {
              const err15 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.reviewBy !== void 0) {
      let data7 = data.reviewBy;
      if (typeof data7 === "string") {
        if (!pattern2.test(data7)) {
          const err19 = { instancePath: instancePath + "/reviewBy", schemaPath: "#/properties/reviewBy/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/reviewBy", schemaPath: "#/properties/reviewBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data8 = data.ticket;
      if (typeof data8 === "string") {
        if (func2(data8) > 2048) {
          const err21 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.appServiceConnectInbound !== void 0) {
      if (!validate15(data.appServiceConnectInbound, { instancePath: instancePath + "/appServiceConnectInbound", parentData: data, parentDataProperty: "appServiceConnectInbound", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticUserConsentSettings !== void 0) {
      let data10 = data.automaticUserConsentSettings;
      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
        const err23 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          if (!(key1 === "inboundAllowed" || key1 === "outboundAllowed")) {
            const err24 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.inboundAllowed !== void 0) {
          let data11 = data10.inboundAllowed;
          if (typeof data11 !== "boolean" && data11 !== null) {
            const err25 = { instancePath: instancePath + "/automaticUserConsentSettings/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.outboundAllowed !== void 0) {
          let data12 = data10.outboundAllowed;
          if (typeof data12 !== "boolean" && data12 !== null) {
            const err26 = { instancePath: instancePath + "/automaticUserConsentSettings/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      }
    }
    if (data.b2bCollaborationInbound !== void 0) {
      if (!validate21(data.b2bCollaborationInbound, { instancePath: instancePath + "/b2bCollaborationInbound", parentData: data, parentDataProperty: "b2bCollaborationInbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bCollaborationOutbound !== void 0) {
      if (!validate21(data.b2bCollaborationOutbound, { instancePath: instancePath + "/b2bCollaborationOutbound", parentData: data, parentDataProperty: "b2bCollaborationOutbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bDirectConnectInbound !== void 0) {
      if (!validate21(data.b2bDirectConnectInbound, { instancePath: instancePath + "/b2bDirectConnectInbound", parentData: data, parentDataProperty: "b2bDirectConnectInbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.b2bDirectConnectOutbound !== void 0) {
      if (!validate21(data.b2bDirectConnectOutbound, { instancePath: instancePath + "/b2bDirectConnectOutbound", parentData: data, parentDataProperty: "b2bDirectConnectOutbound", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.blockServiceProviderOutboundAccess !== void 0) {
      let data17 = data.blockServiceProviderOutboundAccess;
      if (typeof data17 !== "boolean" && data17 !== null) {
        const err27 = { instancePath: instancePath + "/blockServiceProviderOutboundAccess", schemaPath: "#/properties/blockServiceProviderOutboundAccess/type", keyword: "type", params: { type: schema37.properties.blockServiceProviderOutboundAccess.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.crossCloudMeetingConfiguration !== void 0) {
      let data18 = data.crossCloudMeetingConfiguration;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err28 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key2 in data18) {
          if (!(key2 === "inboundAllowed" || key2 === "outboundAllowed")) {
            const err29 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data18.inboundAllowed !== void 0) {
          let data19 = data18.inboundAllowed;
          if (typeof data19 !== "boolean" && data19 !== null) {
            const err30 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data18.outboundAllowed !== void 0) {
          let data20 = data18.outboundAllowed;
          if (typeof data20 !== "boolean" && data20 !== null) {
            const err31 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      }
    }
    if (data.deletedDateTime !== void 0) {
      let data21 = data.deletedDateTime;
      if (typeof data21 !== "string" && data21 !== null) {
        const err32 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/type", keyword: "type", params: { type: schema17.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data21 === "string") {
        if (func2(data21) > 2048) {
          const err33 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.inboundTrust !== void 0) {
      let data22 = data.inboundTrust;
      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22)) && data22 !== null) {
        const err34 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/type", keyword: "type", params: { type: schema27.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key3 in data22) {
          if (!(key3 === "isMfaAccepted" || key3 === "isCompliantDeviceAccepted" || key3 === "isHybridAzureADJoinedDeviceAccepted" || key3 === "isCompliantNetworkAccepted")) {
            const err35 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data22.isMfaAccepted !== void 0) {
          let data23 = data22.isMfaAccepted;
          if (typeof data23 !== "boolean" && data23 !== null) {
            const err36 = { instancePath: instancePath + "/inboundTrust/isMfaAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isMfaAccepted/type", keyword: "type", params: { type: schema27.properties.isMfaAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data22.isCompliantDeviceAccepted !== void 0) {
          let data24 = data22.isCompliantDeviceAccepted;
          if (typeof data24 !== "boolean" && data24 !== null) {
            const err37 = { instancePath: instancePath + "/inboundTrust/isCompliantDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data22.isHybridAzureADJoinedDeviceAccepted !== void 0) {
          let data25 = data22.isHybridAzureADJoinedDeviceAccepted;
          if (typeof data25 !== "boolean" && data25 !== null) {
            const err38 = { instancePath: instancePath + "/inboundTrust/isHybridAzureADJoinedDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isHybridAzureADJoinedDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isHybridAzureADJoinedDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data22.isCompliantNetworkAccepted !== void 0) {
          let data26 = data22.isCompliantNetworkAccepted;
          if (typeof data26 !== "boolean" && data26 !== null) {
            const err39 = { instancePath: instancePath + "/inboundTrust/isCompliantNetworkAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantNetworkAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantNetworkAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      }
    }
    if (data.isInMultiTenantOrganization !== void 0) {
      let data27 = data.isInMultiTenantOrganization;
      if (typeof data27 !== "boolean" && data27 !== null) {
        const err40 = { instancePath: instancePath + "/isInMultiTenantOrganization", schemaPath: "#/properties/isInMultiTenantOrganization/type", keyword: "type", params: { type: schema37.properties.isInMultiTenantOrganization.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.isServiceProvider !== void 0) {
      let data28 = data.isServiceProvider;
      if (typeof data28 !== "boolean" && data28 !== null) {
        const err41 = { instancePath: instancePath + "/isServiceProvider", schemaPath: "#/properties/isServiceProvider/type", keyword: "type", params: { type: schema37.properties.isServiceProvider.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.m365CollaborationInbound !== void 0) {
      if (!validate30(data.m365CollaborationInbound, { instancePath: instancePath + "/m365CollaborationInbound", parentData: data, parentDataProperty: "m365CollaborationInbound", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.m365CollaborationOutbound !== void 0) {
      if (!validate33(data.m365CollaborationOutbound, { instancePath: instancePath + "/m365CollaborationOutbound", parentData: data, parentDataProperty: "m365CollaborationOutbound", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.protectedContentSharing !== void 0) {
      let data31 = data.protectedContentSharing;
      if (!(data31 && typeof data31 == "object" && !Array.isArray(data31)) && data31 !== null) {
        const err42 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key4 in data31) {
          if (!(key4 === "inboundAllowed" || key4 === "outboundAllowed")) {
            const err43 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data31.inboundAllowed !== void 0) {
          let data32 = data31.inboundAllowed;
          if (typeof data32 !== "boolean" && data32 !== null) {
            const err44 = { instancePath: instancePath + "/protectedContentSharing/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data31.outboundAllowed !== void 0) {
          let data33 = data31.outboundAllowed;
          if (typeof data33 !== "boolean" && data33 !== null) {
            const err45 = { instancePath: instancePath + "/protectedContentSharing/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
    }
    if (data.tenantRestrictions !== void 0) {
      if (!validate36(data.tenantRestrictions, { instancePath: instancePath + "/tenantRestrictions", parentData: data, parentDataProperty: "tenantRestrictions", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.identitySynchronization !== void 0) {
      if (!validate53(data.identitySynchronization, { instancePath: instancePath + "/identitySynchronization", parentData: data, parentDataProperty: "identitySynchronization", rootData })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 1e5) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate44(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tenant === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenant" }, message: "must have required property 'tenant'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tenant" || key0 === "crossTenantAccessPolicy" || key0 === "default" || key0 === "partners" || key0 === "include")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      let data0 = data.tenant;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.id === void 0) {
          const err2 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.license === void 0) {
          const err3 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/required", keyword: "required", params: { missingProperty: "license" }, message: "must have required property 'license'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "id" || key1 === "name" || key1 === "domains" || key1 === "cloud" || key1 === "license" || key1 === "facts")) {
            const err4 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.id !== void 0) {
          let data1 = data0.id;
          if (typeof data1 === "string") {
            if (func2(data1) > 36) {
              const err5 = { instancePath: instancePath + "/tenant/id", schemaPath: "graph.schema.json#/$defs/guid/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern0.test(data1)) {
              const err6 = { instancePath: instancePath + "/tenant/id", schemaPath: "graph.schema.json#/$defs/guid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/tenant/id", schemaPath: "graph.schema.json#/$defs/guid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data2 = data0.name;
          if (typeof data2 === "string") {
            if (func2(data2) > 2048) {
              const err8 = { instancePath: instancePath + "/tenant/name", schemaPath: "#/properties/tenant/properties/name/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/tenant/name", schemaPath: "#/properties/tenant/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.domains !== void 0) {
          let data3 = data0.domains;
          if (Array.isArray(data3)) {
            if (data3.length > 1e4) {
              const err10 = { instancePath: instancePath + "/tenant/domains", schemaPath: "#/properties/tenant/properties/domains/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (func2(data4) > 2048) {
                  const err11 = { instancePath: instancePath + "/tenant/domains/" + i0, schemaPath: "#/properties/tenant/properties/domains/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/tenant/domains/" + i0, schemaPath: "#/properties/tenant/properties/domains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/tenant/domains", schemaPath: "#/properties/tenant/properties/domains/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.cloud !== void 0) {
          let data5 = data0.cloud;
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/tenant/cloud", schemaPath: "graph.schema.json#/$defs/cloud/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data5 === "commercial" || data5 === "usGovernment" || data5 === "china")) {
            const err15 = { instancePath: instancePath + "/tenant/cloud", schemaPath: "graph.schema.json#/$defs/cloud/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.license !== void 0) {
          let data6 = data0.license;
          if (typeof data6 !== "string") {
            const err16 = { instancePath: instancePath + "/tenant/license", schemaPath: "graph.schema.json#/$defs/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data6 === "free" || data6 === "p1" || data6 === "p2")) {
            const err17 = { instancePath: instancePath + "/tenant/license", schemaPath: "graph.schema.json#/$defs/license/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.facts !== void 0) {
          let data7 = data0.facts;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              if (!(key2 === "mfaRequiredForExternalUsers" || key2 === "mfaRegistrationPolicyExcludesGuests")) {
                const err18 = { instancePath: instancePath + "/tenant/facts", schemaPath: "#/properties/tenant/properties/facts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data7.mfaRequiredForExternalUsers !== void 0) {
              if (typeof data7.mfaRequiredForExternalUsers !== "boolean") {
                const err19 = { instancePath: instancePath + "/tenant/facts/mfaRequiredForExternalUsers", schemaPath: "#/properties/tenant/properties/facts/properties/mfaRequiredForExternalUsers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.mfaRegistrationPolicyExcludesGuests !== void 0) {
              if (typeof data7.mfaRegistrationPolicyExcludesGuests !== "boolean") {
                const err20 = { instancePath: instancePath + "/tenant/facts/mfaRegistrationPolicyExcludesGuests", schemaPath: "#/properties/tenant/properties/facts/properties/mfaRegistrationPolicyExcludesGuests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/tenant/facts", schemaPath: "#/properties/tenant/properties/facts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.crossTenantAccessPolicy !== void 0) {
      if (!validate12(data.crossTenantAccessPolicy, { instancePath: instancePath + "/crossTenantAccessPolicy", parentData: data, parentDataProperty: "crossTenantAccessPolicy", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.default !== void 0) {
      if (!validate14(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.partners !== void 0) {
      if (!validate43(data.partners, { instancePath: instancePath + "/partners", parentData: data, parentDataProperty: "partners", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      let data13 = data.include;
      if (Array.isArray(data13)) {
        if (data13.length > 1e3) {
          const err23 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (typeof data14 === "string") {
            if (func2(data14) > 2048) {
              const err24 = { instancePath: instancePath + "/include/" + i1, schemaPath: "#/properties/include/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/include/" + i1, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePartner = validate57;
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 1e5) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate44(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.partners === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partners" }, message: "must have required property 'partners'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "partners")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.partners !== void 0) {
      if (!validate58(data.partners, { instancePath: instancePath + "/partners", parentData: data, parentDataProperty: "partners", rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
var validateConfig = validate61;
var schema53 = { "type": "object", "additionalProperties": false, "properties": { "extends": { "type": ["string", "array"], "minLength": 1, "maxLength": 1024, "maxItems": 50, "items": { "type": "string", "minLength": 1, "maxLength": 1024 } }, "policies": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/$defs/policy" } }, "preset": { "type": "string", "enum": ["recommended", "strict", "all", "cisa", "zero-trust"] }, "rules": { "$ref": "#/$defs/rules" }, "files": { "$ref": "#/$defs/globs" }, "ignore": { "$ref": "#/$defs/globs" }, "overrides": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "$ref": "#/$defs/globs" }, "rules": { "$ref": "#/$defs/rules" } } } }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 }, "maxFiles": { "type": "integer", "minimum": 1 }, "maxAliasCount": { "type": "integer", "minimum": 0 }, "maxDepth": { "type": "integer", "minimum": 1 } } } }, "$defs": { "policy": { "type": "object", "additionalProperties": false, "required": ["id", "severity", "message", "assert"], "properties": { "id": { "type": "string", "maxLength": 200 }, "severity": { "type": "string", "enum": ["error", "warning", "info"] }, "message": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "docs": { "type": "string", "pattern": "^https?://[^\\s]+$", "maxLength": 2048 }, "where": { "type": ["object", "boolean"] }, "assert": { "type": ["object", "boolean"] } } }, "severity": { "type": "string", "enum": ["error", "warning", "info", "off"] }, "rules": { "type": "object", "maxProperties": 1e3, "propertyNames": { "pattern": "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 200 }, "additionalProperties": { "$ref": "#/$defs/severity" } }, "globs": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 2048 } } } };
var schema54 = { "type": "object", "additionalProperties": false, "required": ["id", "severity", "message", "assert"], "properties": { "id": { "type": "string", "maxLength": 200 }, "severity": { "type": "string", "enum": ["error", "warning", "info"] }, "message": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "docs": { "type": "string", "pattern": "^https?://[^\\s]+$", "maxLength": 2048 }, "where": { "type": ["object", "boolean"] }, "assert": { "type": ["object", "boolean"] } } };
var pattern4 = new RegExp("^https?://[^\\s]+$", "u");
var schema56 = { "type": "string", "enum": ["error", "warning", "info", "off"] };
var pattern5 = new RegExp("^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1e3) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1e3 }, message: "must NOT have more than 1000 properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) > 200) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$"', propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema56.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "extends" || key0 === "policies" || key0 === "preset" || key0 === "rules" || key0 === "files" || key0 === "ignore" || key0 === "overrides" || key0 === "limits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema53.properties.extends.type }, message: "must be string,array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) > 1024) {
          const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length > 50) {
          const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) > 1024) {
              const err5 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.policies !== void 0) {
      let data2 = data.policies;
      if (Array.isArray(data2)) {
        if (data2.length > 1e3) {
          const err8 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.id === void 0) {
              const err9 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.severity === void 0) {
              const err10 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.message === void 0) {
              const err11 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.assert === void 0) {
              const err12 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "id" || key1 === "severity" || key1 === "message" || key1 === "docs" || key1 === "where" || key1 === "assert")) {
                const err13 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.id !== void 0) {
              let data4 = data3.id;
              if (typeof data4 === "string") {
                if (func2(data4) > 200) {
                  const err14 = { instancePath: instancePath + "/policies/" + i1 + "/id", schemaPath: "#/$defs/policy/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/policies/" + i1 + "/id", schemaPath: "#/$defs/policy/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data3.severity !== void 0) {
              let data5 = data3.severity;
              if (typeof data5 !== "string") {
                const err16 = { instancePath: instancePath + "/policies/" + i1 + "/severity", schemaPath: "#/$defs/policy/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!(data5 === "error" || data5 === "warning" || data5 === "info")) {
                const err17 = { instancePath: instancePath + "/policies/" + i1 + "/severity", schemaPath: "#/$defs/policy/properties/severity/enum", keyword: "enum", params: { allowedValues: schema54.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data3.message !== void 0) {
              let data6 = data3.message;
              if (typeof data6 === "string") {
                if (func2(data6) > 2e3) {
                  const err18 = { instancePath: instancePath + "/policies/" + i1 + "/message", schemaPath: "#/$defs/policy/properties/message/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (func2(data6) < 1) {
                  const err19 = { instancePath: instancePath + "/policies/" + i1 + "/message", schemaPath: "#/$defs/policy/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/policies/" + i1 + "/message", schemaPath: "#/$defs/policy/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data3.docs !== void 0) {
              let data7 = data3.docs;
              if (typeof data7 === "string") {
                if (func2(data7) > 2048) {
                  const err21 = { instancePath: instancePath + "/policies/" + i1 + "/docs", schemaPath: "#/$defs/policy/properties/docs/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (!pattern4.test(data7)) {
                  const err22 = { instancePath: instancePath + "/policies/" + i1 + "/docs", schemaPath: "#/$defs/policy/properties/docs/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/policies/" + i1 + "/docs", schemaPath: "#/$defs/policy/properties/docs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data3.where !== void 0) {
              let data8 = data3.where;
              if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && typeof data8 !== "boolean") {
                const err24 = { instancePath: instancePath + "/policies/" + i1 + "/where", schemaPath: "#/$defs/policy/properties/where/type", keyword: "type", params: { type: schema54.properties.where.type }, message: "must be object,boolean" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data3.assert !== void 0) {
              let data9 = data3.assert;
              if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && typeof data9 !== "boolean") {
                const err25 = { instancePath: instancePath + "/policies/" + i1 + "/assert", schemaPath: "#/$defs/policy/properties/assert/type", keyword: "type", params: { type: schema54.properties.assert.type }, message: "must be object,boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/policies/" + i1, schemaPath: "#/$defs/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data10 = data.preset;
      if (typeof data10 !== "string") {
        const err28 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (!(data10 === "recommended" || data10 === "strict" || data10 === "all" || data10 === "cisa" || data10 === "zero-trust")) {
        const err29 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema53.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate62(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.files !== void 0) {
      let data12 = data.files;
      if (Array.isArray(data12)) {
        if (data12.length > 1e3) {
          const err30 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          if (typeof data13 === "string") {
            if (func2(data13) > 2048) {
              const err31 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data14 = data.ignore;
      if (Array.isArray(data14)) {
        if (data14.length > 1e3) {
          const err34 = { instancePath: instancePath + "/ignore", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data15 = data14[i3];
          if (typeof data15 === "string") {
            if (func2(data15) > 2048) {
              const err35 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/ignore/" + i3, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/ignore", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data16 = data.overrides;
      if (Array.isArray(data16)) {
        if (data16.length > 1e3) {
          const err38 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data17 = data16[i4];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.files === void 0) {
              const err39 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key2 in data17) {
              if (!(key2 === "files" || key2 === "rules")) {
                const err40 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data17.files !== void 0) {
              let data18 = data17.files;
              if (Array.isArray(data18)) {
                if (data18.length > 1e3) {
                  const err41 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                const len5 = data18.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data19 = data18[i5];
                  if (typeof data19 === "string") {
                    if (func2(data19) > 2048) {
                      const err42 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data17.rules !== void 0) {
              if (!validate62(data17.rules, { instancePath: instancePath + "/overrides/" + i4 + "/rules", parentData: data17, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data21 = data.limits;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key3 in data21) {
          if (!(key3 === "maxFileBytes" || key3 === "maxFiles" || key3 === "maxAliasCount" || key3 === "maxDepth")) {
            const err47 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data21.maxFileBytes !== void 0) {
          let data22 = data21.maxFileBytes;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err48 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 1 || isNaN(data22)) {
              const err49 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
        if (data21.maxFiles !== void 0) {
          let data23 = data21.maxFiles;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err50 = { instancePath: instancePath + "/limits/maxFiles", schemaPath: "#/properties/limits/properties/maxFiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 1 || isNaN(data23)) {
              const err51 = { instancePath: instancePath + "/limits/maxFiles", schemaPath: "#/properties/limits/properties/maxFiles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
        if (data21.maxAliasCount !== void 0) {
          let data24 = data21.maxAliasCount;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err52 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err53 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
        if (data21.maxDepth !== void 0) {
          let data25 = data21.maxDepth;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err54 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 < 1 || isNaN(data25)) {
              const err55 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}

// src/validate/generated/schema-index.js
var SCHEMA_INDEX = {
  "roots": {
    "tenant": {
      "props": {
        "tenant": {
          "own": true,
          "props": {
            "id": {
              "ref": "graph.schema.json#/$defs/guid"
            },
            "name": {},
            "domains": {
              "items": {}
            },
            "cloud": {
              "ref": "graph.schema.json#/$defs/cloud"
            },
            "license": {
              "ref": "graph.schema.json#/$defs/license"
            },
            "facts": {
              "props": {
                "mfaRequiredForExternalUsers": {},
                "mfaRegistrationPolicyExcludesGuests": {}
              },
              "closed": true
            }
          },
          "closed": true
        },
        "crossTenantAccessPolicy": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicy"
        },
        "default": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyConfigurationDefault"
        },
        "partners": {
          "ref": "graph.schema.json#/$defs/partners"
        },
        "include": {
          "own": true,
          "items": {}
        }
      },
      "closed": true
    },
    "partner": {
      "props": {
        "partners": {
          "ref": "graph.schema.json#/$defs/partners"
        }
      },
      "closed": true
    },
    "config": {
      "props": {
        "extends": {
          "items": {}
        },
        "policies": {
          "items": {
            "ref": "config.schema.json#/$defs/policy"
          }
        },
        "preset": {},
        "rules": {
          "ref": "config.schema.json#/$defs/rules"
        },
        "files": {
          "ref": "config.schema.json#/$defs/globs"
        },
        "ignore": {
          "ref": "config.schema.json#/$defs/globs"
        },
        "overrides": {
          "items": {
            "props": {
              "files": {
                "ref": "config.schema.json#/$defs/globs"
              },
              "rules": {
                "ref": "config.schema.json#/$defs/rules"
              }
            },
            "closed": true
          }
        },
        "limits": {
          "props": {
            "maxFileBytes": {},
            "maxFiles": {},
            "maxAliasCount": {},
            "maxDepth": {}
          },
          "closed": true
        }
      },
      "closed": true
    }
  },
  "defs": {
    "graph.schema.json#/$defs/guid": {},
    "graph.schema.json#/$defs/dateTime": {},
    "graph.schema.json#/$defs/cloud": {
      "own": true
    },
    "graph.schema.json#/$defs/license": {
      "own": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType": {},
    "graph.schema.json#/$defs/crossTenantAccessPolicyTargetType": {},
    "graph.schema.json#/$defs/b2bIdentityProvidersType": {},
    "graph.schema.json#/$defs/crossTenantAccessPolicyTarget": {
      "props": {
        "target": {},
        "targetType": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetType"
        },
        "label": {
          "own": true
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration": {
      "props": {
        "accessType": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType"
        },
        "targets": {
          "items": {
            "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTarget"
          }
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting": {
      "props": {
        "usersAndGroups": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        },
        "applications": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/devicesFilter": {
      "props": {
        "mode": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfigurationAccessType"
        },
        "rule": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyTenantRestrictions": {
      "props": {
        "usersAndGroups": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        },
        "applications": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        },
        "devices": {
          "ref": "graph.schema.json#/$defs/devicesFilter"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyInboundTrust": {
      "props": {
        "isMfaAccepted": {},
        "isCompliantDeviceAccepted": {},
        "isHybridAzureADJoinedDeviceAccepted": {},
        "isCompliantNetworkAccepted": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration": {
      "props": {
        "inboundAllowed": {},
        "outboundAllowed": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/defaultInvitationRedemptionIdentityProviderConfiguration": {
      "props": {
        "primaryIdentityProviderPrecedenceOrder": {
          "items": {
            "ref": "graph.schema.json#/$defs/b2bIdentityProvidersType"
          }
        },
        "fallbackIdentityProvider": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting": {
      "props": {
        "users": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting": {
      "props": {
        "usersAndGroups": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyAppServiceConnectSetting": {
      "props": {
        "applications": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTargetConfiguration"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantUserSyncInbound": {
      "props": {
        "isSyncAllowed": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantGroupSyncInbound": {
      "props": {
        "isSyncAllowed": {}
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantIdentitySyncPolicyPartner": {
      "props": {
        "tenantId": {
          "ref": "graph.schema.json#/$defs/guid"
        },
        "displayName": {},
        "userSyncInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantUserSyncInbound"
        },
        "groupSyncInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantGroupSyncInbound"
        },
        "externalCloudAuthorizedApplicationId": {},
        "deletedDateTime": {
          "ref": "graph.schema.json#/$defs/dateTime"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicy": {
      "props": {
        "displayName": {},
        "allowedCloudEndpoints": {
          "items": {}
        },
        "id": {},
        "description": {},
        "deletedDateTime": {
          "ref": "graph.schema.json#/$defs/dateTime"
        },
        "definition": {
          "items": {}
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyConfigurationDefault": {
      "props": {
        "id": {},
        "isServiceDefault": {},
        "appServiceConnectInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyAppServiceConnectSetting"
        },
        "automaticUserConsentSettings": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "b2bCollaborationInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bCollaborationOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bDirectConnectInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bDirectConnectOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "blockServiceProviderOutboundAccess": {},
        "crossCloudMeetingConfiguration": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "inboundTrust": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyInboundTrust"
        },
        "invitationRedemptionIdentityProviderConfiguration": {
          "ref": "graph.schema.json#/$defs/defaultInvitationRedemptionIdentityProviderConfiguration"
        },
        "m365CollaborationInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting"
        },
        "m365CollaborationOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting"
        },
        "protectedContentSharing": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "tenantRestrictions": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTenantRestrictions"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/crossTenantAccessPolicyConfigurationPartner": {
      "props": {
        "tenantId": {
          "ref": "graph.schema.json#/$defs/guid"
        },
        "name": {
          "own": true
        },
        "cloud": {
          "ref": "graph.schema.json#/$defs/cloud",
          "own": true
        },
        "license": {
          "ref": "graph.schema.json#/$defs/license",
          "own": true
        },
        "owner": {
          "own": true
        },
        "tags": {
          "own": true,
          "items": {}
        },
        "reviewBy": {
          "own": true
        },
        "ticket": {
          "own": true
        },
        "appServiceConnectInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyAppServiceConnectSetting"
        },
        "automaticUserConsentSettings": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "b2bCollaborationInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bCollaborationOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bDirectConnectInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "b2bDirectConnectOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyB2BSetting"
        },
        "blockServiceProviderOutboundAccess": {},
        "crossCloudMeetingConfiguration": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "deletedDateTime": {
          "ref": "graph.schema.json#/$defs/dateTime"
        },
        "inboundTrust": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyInboundTrust"
        },
        "isInMultiTenantOrganization": {},
        "isServiceProvider": {},
        "m365CollaborationInbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting"
        },
        "m365CollaborationOutbound": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting"
        },
        "protectedContentSharing": {
          "ref": "graph.schema.json#/$defs/inboundOutboundPolicyConfiguration"
        },
        "tenantRestrictions": {
          "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyTenantRestrictions"
        },
        "identitySynchronization": {
          "ref": "graph.schema.json#/$defs/crossTenantIdentitySyncPolicyPartner"
        }
      },
      "closed": true
    },
    "graph.schema.json#/$defs/partners": {
      "items": {
        "ref": "graph.schema.json#/$defs/crossTenantAccessPolicyConfigurationPartner"
      }
    },
    "config.schema.json#/$defs/policy": {
      "props": {
        "id": {},
        "severity": {},
        "message": {},
        "docs": {},
        "where": {},
        "assert": {}
      },
      "closed": true
    },
    "config.schema.json#/$defs/severity": {},
    "config.schema.json#/$defs/rules": {
      "additional": {
        "ref": "config.schema.json#/$defs/severity"
      }
    },
    "config.schema.json#/$defs/globs": {
      "items": {}
    }
  }
};

// src/validate/validate.ts
init_knowledge();

// src/fix/edits.ts
init_browser();
init_yaml();
init_knowledge();
function lineEnding(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function renderScalar(value) {
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, "");
}
function renderLike(node, value) {
  if (typeof value === "string") {
    if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
    if (node.type === "QUOTE_SINGLE" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value);
}
function blockItem(item, prefix2, eol) {
  const lines = new Document(item).toString({ lineWidth: 0 }).replace(/\n$/, "").split("\n");
  const pad = " ".repeat(prefix2.length);
  return lines.map((l, i) => (i === 0 ? prefix2 : pad) + l).join(eol);
}
function flowItem(item) {
  const doc = new Document(item);
  doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
}
function contentEnd(node, text) {
  if (isScalar(node)) {
    const r2 = node.range;
    if (!r2) return void 0;
    if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") return r2[1];
    let e = r2[1];
    while (e > r2[0] && /\s/.test(text.charAt(e - 1))) e--;
    return e;
  }
  if (isMap(node) || isSeq(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[1];
    const last = node.items[node.items.length - 1];
    if (isPair(last)) return last.value === null || last.value === void 0 ? contentEnd(last.key, text) : contentEnd(last.value, text);
    return contentEnd(last, text);
  }
  const r = node?.range;
  return r?.[1];
}
function afterLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  if (nl === -1) return { at: text.length, needsBreak: true };
  return { at: nl + 1, needsBreak: false };
}
function appendLines(text, after, lines, eol) {
  const { at: at2, needsBreak } = afterLine(text, after);
  return needsBreak ? { start: at2, end: at2, text: eol + lines } : { start: at2, end: at2, text: lines + eol };
}
function appItem(app) {
  const item = { target: app, targetType: "application" };
  const known = knownApp(app);
  if (known) item.label = known.name;
  return item;
}
function addTargetsEdits(file, map2, items) {
  const text = file.text;
  const eol = lineEnding(text);
  if (!map2.range || items.length === 0) return items.length === 0 ? [] : void 0;
  const pair2 = map2.items.find((p) => isScalar(p.key) && p.key.value === "targets");
  const seq2 = pair2?.value;
  if (isSeq(seq2) && seq2.range) {
    if (seq2.flow) {
      const rendered = items.map(flowItem).join(", ");
      if (seq2.items.length === 0) {
        const close = text.lastIndexOf("]", seq2.range[1] - 1);
        if (close < seq2.range[0]) return void 0;
        return [{ start: close, end: close, text: rendered }];
      }
      const end3 = contentEnd(seq2.items[seq2.items.length - 1], text);
      if (end3 === void 0) return void 0;
      return [{ start: end3, end: end3, text: `, ${rendered}` }];
    }
    const last = seq2.items[seq2.items.length - 1];
    const lastRange = last?.range;
    const end2 = contentEnd(last, text);
    if (!last || !lastRange || end2 === void 0) return void 0;
    const prefix2 = text.slice(lineStart(text, lastRange[0]), lastRange[0]);
    if (!/^ *- +$/.test(prefix2)) return void 0;
    const style = isMap(last) && last.flow ? "flow" : "block";
    const lines2 = items.map((it2) => style === "flow" ? prefix2 + flowItem(it2) : blockItem(it2, prefix2, eol)).join(eol);
    return [appendLines(text, end2, lines2, eol)];
  }
  if (pair2 && seq2 !== null && seq2 !== void 0 && !(isScalar(seq2) && seq2.value === null)) return void 0;
  if (pair2) {
    const rendered = `[${items.map(flowItem).join(", ")}]`;
    if (isScalar(seq2) && seq2.range && seq2.range[1] > seq2.range[0]) return [{ start: seq2.range[0], end: seq2.range[1], text: rendered }];
    const keyEnd = isScalar(pair2.key) ? pair2.key.range?.[1] : void 0;
    if (keyEnd === void 0 || text.charAt(keyEnd) !== ":") return void 0;
    return [{ start: keyEnd + 1, end: keyEnd + 1, text: ` ${rendered}` }];
  }
  if (map2.flow) {
    const list2 = `targets: [${items.map(flowItem).join(", ")}]`;
    const lastPair = map2.items[map2.items.length - 1];
    if (!lastPair) {
      const close = text.lastIndexOf("}", map2.range[1] - 1);
      if (close < map2.range[0]) return void 0;
      return [{ start: close, end: close, text: `${list2} ` }];
    }
    const at2 = contentEnd(lastPair.value ?? lastPair.key, text);
    if (at2 === void 0) return void 0;
    return [{ start: at2, end: at2, text: `, ${list2}` }];
  }
  const firstKey = map2.items[0]?.key;
  const end = contentEnd(map2, text);
  if (!firstKey?.range || end === void 0) return void 0;
  const indent = firstKey.range[0] - lineStart(text, firstKey.range[0]);
  const pad = " ".repeat(indent);
  const lines = [`${pad}targets:`, ...items.map((it2) => blockItem(it2, `${pad}  - `, eol))].join(eol);
  return [appendLines(text, end, lines, eol)];
}
function addAppsFix(list2, apps) {
  const decl = list2.decl;
  if (!decl || list2.accessType !== "allowed" || list2.level === "service") return void 0;
  if (decl.accessType && decl.accessType.value !== "allowed") return void 0;
  const file = decl.loc.file;
  if (file.broken || decl.loc.start < 0) return void 0;
  const listMap = () => nodeAt(decl.loc, "map");
  const missing = (map2) => {
    const seq2 = map2.get("targets", true);
    const existing = new Set(
      isSeq(seq2) ? seq2.items.map((i) => String((isMap(i) ? i.get("target") : "") ?? "").toLowerCase()) : []
    );
    const out = [];
    for (const app of apps) if (!existing.has(app.toLowerCase()) && !out.includes(app)) out.push(app);
    return out;
  };
  return {
    file,
    description: `add ${apps.map(appLabel).join(", ")} to the allow list`,
    edits() {
      const map2 = listMap();
      return map2 ? addTargetsEdits(file, map2, missing(map2).map(appItem)) : [];
    },
    apply() {
      const doc = documentOf(file);
      const map2 = listMap();
      if (!doc || !map2) return;
      const add = missing(map2);
      let seq2 = map2.get("targets", true);
      if (!isSeq(seq2)) {
        seq2 = doc.createNode([]);
        map2.set("targets", seq2);
      }
      for (const app of add) seq2.add(doc.createNode(appItem(app)));
    }
  };
}
function setScalarFix(loc, value, description) {
  if (loc.file.broken || loc.start < 0) return void 0;
  const scalar = () => nodeAt(loc, "scalar");
  return {
    file: loc.file,
    description,
    edits() {
      const node = scalar();
      if (!node || node.value === value) return [];
      if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") return void 0;
      return [{ start: loc.start, end: loc.end, text: renderLike(node, value) }];
    },
    apply() {
      const node = scalar();
      if (node) node.value = value;
    }
  };
}
function renameKeyFix(file, map2, from, to, description) {
  if (!isMap(map2) || from === to) return void 0;
  const pair2 = map2.items.find((p) => isScalar(p.key) && String(p.key.value) === from);
  if (!pair2 || map2.items.some((p) => isScalar(p.key) && String(p.key.value) === to)) return void 0;
  const place = locOf(file, pair2.key);
  if (place.start < 0) return void 0;
  const key = () => nodeAt(place, "scalar");
  return {
    file,
    description: description ?? `rename \`${from}\` to \`${to}\``,
    edits() {
      const node = key();
      if (!node || node.value === to) return [];
      return [{ start: place.start, end: place.end, text: renderLike(node, to) }];
    },
    apply() {
      const node = key();
      if (node) node.value = to;
    }
  };
}

// src/fix/casing.ts
function valueCasingFix(at2, found, known) {
  if (known === void 0 || known === found || known.toLowerCase() !== found.trim().toLowerCase()) return void 0;
  return setScalarFix(at2, known, `write \`${known}\` for \`${found}\``);
}
function propertyCasingFix(file, map2, prop, known) {
  if (known === void 0 || known === prop || known.toLowerCase() !== prop.trim().toLowerCase()) return void 0;
  return renameKeyFix(file, map2, prop, known, `rename \`${prop}\` to \`${known}\``);
}

// src/validate/validate.ts
var VALIDATORS = { tenant: validateTenant, partner: validatePartner };
function validateFile(file, kind) {
  if (file.broken) return [];
  const validate2 = VALIDATORS[kind];
  if (validate2(file.data)) return placeholderIds(file, kind);
  const reports = [...placeholderIds(file, kind)];
  const seen = /* @__PURE__ */ new Map();
  const errors = withoutSuggestedRequired(kind, normalizeErrors(validate2.errors ?? []));
  let shown = 0;
  for (const [i, e] of errors.entries()) {
    if (shown >= MAX_SCHEMA_REPORTS) {
      reports.push(moreProblems(file, kind, e, errors.length - i));
      break;
    }
    const r = toReport(file, kind, e);
    const place = `${r.at.start}:${r.at.end}`;
    const whats = seen.get(place) ?? /* @__PURE__ */ new Set();
    if (whats.has(r.message.what)) continue;
    whats.add(r.message.what);
    seen.set(place, whats);
    reports.push(r);
    shown++;
  }
  const start = (r) => r.at.start;
  return reports.map((r, i) => [r, i]).sort((a, b) => start(a[0]) - start(b[0]) || a[1] - b[1]).map(([r]) => r);
}
var MAX_SCHEMA_REPORTS = 100;
function moreProblems(file, kind, next, count) {
  const at2 = toReport(file, kind, next).at;
  return {
    ruleId: "schema",
    at: at2,
    message: {
      what: `${count} more schema ${count === 1 ? "problem" : "problems"} in this file ${count === 1 ? "is" : "are"} not shown, the first of them here.`,
      why: `xtap-lint reports at most ${MAX_SCHEMA_REPORTS} schema problems per file, so that a file with thousands of them still gives a readable report.`,
      fix: "Fix the problems shown and run xtap-lint again; check that the file is what you meant to commit."
    }
  };
}
function withoutSuggestedRequired(kind, errors) {
  const meant = /* @__PURE__ */ new Set();
  const lacking = new Set(errors.filter((e) => e.keyword === "required").map((e) => e.instancePath));
  if (lacking.size === 0) return errors;
  for (const e of errors) {
    if (e.keyword !== "additionalProperties" || !lacking.has(e.instancePath)) continue;
    const s = suggest(String(e.params?.additionalProperty ?? ""), propertyNames(shapeAt(kind, pointerSegments(e.instancePath)).shape));
    if (s !== void 0) meant.add(`${e.instancePath}\0${s}`);
  }
  if (meant.size === 0) return errors;
  return errors.filter((e) => e.keyword !== "required" || !meant.has(`${e.instancePath}\0${String(e.params?.missingProperty ?? "")}`));
}
function placeholderIds(file, kind) {
  const data = file.data;
  if (!data || typeof data !== "object" || !file.text.includes(PLACEHOLDER_TENANT_ID)) return [];
  const paths = [];
  if (kind === "tenant" && data.tenant && typeof data.tenant === "object" && data.tenant.id === PLACEHOLDER_TENANT_ID) paths.push(["tenant", "id"]);
  if (Array.isArray(data.partners)) {
    data.partners.forEach((p, i) => {
      if (p && typeof p === "object" && p.tenantId === PLACEHOLDER_TENANT_ID) paths.push(["partners", String(i), "tenantId"]);
    });
  }
  return paths.map((segments) => ({
    ruleId: "schema",
    at: locOf(file, valueNode(file, segments)),
    message: {
      what: `${segments[0] === "tenant" ? "`tenant.id`" : "This partner entry's `tenantId`"} is the placeholder ${code(PLACEHOLDER_TENANT_ID)}, not a tenant ID.`,
      why: "`xtap-lint init` and `import` write it when no tenant ID is given; no tenant has it, so the settings apply to nobody, and the rules that tell tenants apart would take two placeholders for one tenant.",
      fix: "Put the tenant's ID here (Entra admin center → Overview → Tenant ID)."
    }
  }));
}
function validateConfigData(data) {
  if (data === null || data === void 0) return [];
  if (validateConfig(data)) return [];
  return normalizeErrors(validateConfig.errors ?? []).map((e) => configProblem(data, e));
}
var WRAPPERS = /* @__PURE__ */ new Set(["anyOf", "oneOf", "allOf", "if", "then", "else", "not", "$ref"]);
function normalizeErrors(errors) {
  const typeFailed = /* @__PURE__ */ new Set();
  const enums = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword === "type") typeFailed.add(e.instancePath);
    else if (e.keyword === "enum" && e.propertyName === void 0) enums.set(e.instancePath, e.params.allowedValues);
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    if (WRAPPERS.has(e.keyword)) continue;
    if (e.propertyName !== void 0 && e.keyword !== "propertyNames") continue;
    if (e.keyword !== "type" && e.keyword !== "propertyNames" && typeFailed.has(e.instancePath)) continue;
    const id = `${e.instancePath}\0${e.keyword}\0${JSON.stringify(e.params)}\0${e.propertyName ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (e.keyword === "type" && enums.has(e.instancePath)) out.push({ ...e, params: { ...e.params, allowedValues: enums.get(e.instancePath) } });
    else out.push(e);
  }
  return out;
}
var MAX_REF_HOPS = 32;
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function resolveShape(shape, hit) {
  let s = shape;
  for (let hops = 0; s && s.ref !== void 0 && hops < MAX_REF_HOPS; hops++) {
    if (s.own) hit.own = true;
    const ref = s.ref;
    hit.typeName = ref.slice(ref.lastIndexOf("/") + 1);
    s = hasOwn(SCHEMA_INDEX.defs, ref) ? SCHEMA_INDEX.defs[ref] : void 0;
  }
  if (s?.own) hit.own = true;
  return s;
}
function shapeAt(root, segments) {
  const hit = { shape: void 0, typeName: void 0, own: false };
  let s = resolveShape(SCHEMA_INDEX.roots[root], hit);
  for (const seg of segments) {
    if (!s) break;
    hit.typeName = void 0;
    if (s.props && hasOwn(s.props, seg)) s = s.props[seg];
    else if (s.items && /^\d+$/.test(seg)) s = s.items;
    else if (s.additional) s = s.additional;
    else s = void 0;
    s = resolveShape(s, hit);
  }
  hit.shape = s;
  return hit;
}
var isIndex = (seg) => /^\d+$/.test(seg);
function valueName(segments) {
  if (segments.length === 0) return "the document";
  const last = segments[segments.length - 1];
  if (!isIndex(last)) return last;
  const parent = segments.length > 1 ? segments[segments.length - 2] : "";
  return `${parent}[${last}]`;
}
function mapPlace(kind, segments) {
  if (segments.length === 0) return `at the top level of a ${kind} file`;
  const last = segments[segments.length - 1];
  if (!isIndex(last)) return `in \`${last}\``;
  const parent = segments.length > 1 ? segments[segments.length - 2] : "";
  if (parent === "partners") return "in a partner entry";
  if (parent === "targets") return "in a target";
  if (parent === "overrides") return "in an override";
  return `in an item of \`${parent}\``;
}
function mapSubject(kind, segments) {
  const place = mapPlace(kind, segments);
  if (segments.length === 0) return `The ${kind} file`;
  if (place === "in a partner entry") return "A partner entry";
  if (place === "in a target") return "A target";
  if (place === "in an override") return "An override";
  return `\`${valueName(segments)}\``;
}
function code(s) {
  if (s.length > 60) s = `${s.slice(0, 57)}...`;
  const needsQuotes = s.length === 0 || s.trim() !== s || /[`\n\r\t]/.test(s);
  return `\`${needsQuotes ? JSON.stringify(s) : s}\``;
}
function valueAt(data, segments) {
  let v = data;
  for (const seg of segments) {
    if (Array.isArray(v)) v = isIndex(seg) ? v[Number(seg)] : void 0;
    else if (v !== null && typeof v === "object" && hasOwn(v, seg)) v = v[seg];
    else return void 0;
  }
  return v;
}
function describeFound(v) {
  if (v === null || v === void 0) return "no value (null)";
  if (Array.isArray(v)) return "a list";
  switch (typeof v) {
    case "string":
      return `a string (${code(v)})`;
    case "number":
      return `a number (\`${v}\`)`;
    case "boolean":
      return `a boolean (\`${v}\`)`;
    case "object":
      return "a map";
    default:
      return typeof v;
  }
}
var TYPE_WORDS = {
  object: "a map",
  array: "a list",
  string: "a string",
  boolean: "a boolean",
  integer: "an integer",
  number: "a number",
  null: "null"
};
function expectedTypes(params) {
  const t = params.type;
  if (Array.isArray(t)) return t.filter((x) => typeof x === "string");
  return typeof t === "string" ? t.split(",") : [];
}
function describeExpected(types) {
  const words2 = types.map((t) => TYPE_WORDS[t] ?? t);
  if (words2.length <= 1) return words2[0] ?? "another type";
  return `${words2.slice(0, -1).join(", ")} or ${words2[words2.length - 1]}`;
}
function fixForType(types, found) {
  const nullable = types.includes("null");
  const orNull = nullable ? ", or leave the value empty (null)" : "";
  const main = types.find((t) => t !== "null") ?? "null";
  switch (main) {
    case "boolean":
      if (typeof found === "string" && /^(true|false)$/i.test(found.trim())) return `Write \`${found.trim().toLowerCase()}\` without quotes${orNull}.`;
      return `Write \`true\` or \`false\`${orNull}.`;
    case "string":
      return `Write a string; quote it if it looks like a number or a boolean${orNull}.`;
    case "object":
      return `Write the properties as a nested map under this key${orNull}.`;
    case "array":
      return `Write a list, one \`- item\` per line or \`[a, b]\`${orNull}.`;
    case "integer":
      return `Write a whole number${orNull}.`;
    case "number":
      return `Write a number${orNull}.`;
    default:
      return "Remove the value.";
  }
}
function enumValues(params) {
  const a = params.allowedValues;
  return Array.isArray(a) ? a.filter((x) => typeof x === "string") : [];
}
function suggestable(values) {
  return values.filter((v) => v !== "unknownFutureValue");
}
function propertyNames(shape) {
  return shape?.props ? Object.keys(shape.props) : [];
}
var GRAPH_400 = "the request would fail with 400 Invalid property";
function isGuidPattern(params) {
  return typeof params.pattern === "string" && params.pattern.includes("[0-9a-fA-F]{8}-");
}
function locate(file, segments) {
  return nodeAtPointer(file.doc, segments);
}
function valueNode(file, segments) {
  const hit = locate(file, segments);
  const node = hit.node;
  if (node && isScalar(node) && hit.key && node.value === null && (!node.range || node.range[0] === node.range[1])) return hit.key;
  return node ?? file.doc?.contents ?? null;
}
function toReport(file, kind, e) {
  const segments = pointerSegments(e.instancePath);
  const report = (node, what, why, fix) => ({
    ruleId: "schema",
    at: locOf(file, node),
    message: { what, why, fix }
  });
  const params = e.params ?? {};
  const name = valueName(segments);
  switch (e.keyword) {
    case "additionalProperties": {
      const prop = String(params.additionalProperty ?? "");
      const hit = locate(file, segments);
      const map2 = deref(file.doc, hit.node);
      const keyNode = getPair(map2, prop)?.key ?? hit.node;
      const where2 = shapeAt(kind, segments);
      const allowed = propertyNames(where2.shape);
      const suggestion = suggest(prop, allowed);
      const caseOnly = suggestion !== void 0 && suggestion.trim().toLowerCase() === prop.trim().toLowerCase();
      let why;
      const anchor = segments.length === 0 ? anchorOf(getPair(map2, prop)?.value) : void 0;
      if (anchor !== void 0) {
        const a = code(`&${anchor}`);
        const why2 = `A ${kind} file has only the keys ${allowed.map((p) => `\`${p}\``).join(", ")}, and a key that only holds a YAML anchor (${a}) is no exception. What an alias (${code(`*${anchor}`)}) brings into a partner entry is checked there, as that entry's own settings; the key itself is not read.`;
        const fix2 = `Move the shared values into the format: anchor the first partner entry that has them (${code(`- &${anchor}`)}) or one of its settings (${code(`inboundTrust: &${anchor} {…}`)}), then merge or alias it in the others (${code(`<<: *${anchor}`)}). See docs/format.md, "YAML: anchors, aliases and merge keys".`;
        return report(keyNode, `Unknown property ${code(prop)} ${mapPlace(kind, segments)}.`, why2, fix2);
      }
      if (segments.length === 0) {
        why = `A ${kind} file has only the keys ${allowed.map((p) => `\`${p}\``).join(", ")}; xtap-lint would not read this one, so nothing in it is checked.`;
      } else if (where2.own) {
        why = "xtap-lint does not know this key, so whatever it was meant to declare is not checked.";
      } else if (caseOnly) {
        why = `Microsoft Graph property names are case-sensitive: ${GRAPH_400}.`;
      } else {
        why = `Microsoft Graph's ${where2.typeName ?? "object"} has no such property: ${GRAPH_400}.`;
      }
      const fix = suggestion !== void 0 ? `Did you mean \`${suggestion}\`?` : `Remove it or use one of: ${allowed.join(", ")}.`;
      const found = report(keyNode, `Unknown property ${code(prop)} ${mapPlace(kind, segments)}.`, why, fix);
      const casing = caseOnly ? propertyCasingFix(file, map2, prop, suggestion) : void 0;
      return casing ? { ...found, fix: casing } : found;
    }
    case "dependencies":
    case "required": {
      const missing = String(params.missingProperty ?? "");
      const hit = locate(file, segments);
      const node = hit.exact ? hit.key ?? hit.node : hit.node;
      const [why, fix] = requiredHelp(kind, segments, missing);
      return report(node, `${mapSubject(kind, segments)} lacks the required property \`${missing}\`.`, why, fix);
    }
    case "type": {
      const types = expectedTypes(params);
      const found = valueAt(file.data, segments);
      if (segments.length === 0) {
        const keys = propertyNames(shapeAt(kind, segments).shape);
        return report(
          valueNode(file, segments),
          `The ${kind} file must be a map of top-level keys; found ${describeFound(found)}.`,
          `A ${kind} file is a YAML map with the keys ${keys.map((k) => `\`${k}\``).join(", ")}.`,
          kind === "partner" ? "Start the file with `partners:` and list the partner entries under it." : "Start the file with `tenant:` and its `id` and `license`."
        );
      }
      const own = shapeAt(kind, segments).own;
      const why = own ? `xtap-lint reads \`${name}\` as ${describeExpected(types)} and cannot use any other value.` : `Microsoft Graph types \`${name}\` as ${describeExpected(types)}; a request with another JSON type fails with 400 Bad Request.`;
      const values = enumValues(params);
      if (values.length > 0) {
        const what = `\`${name}\` must be one of ${suggestable(values).join(", ")}; found ${describeFound(found)}.`;
        return report(valueNode(file, segments), what, why, `Use one of: ${suggestable(values).join(", ")}.`);
      }
      return report(valueNode(file, segments), `\`${name}\` must be ${describeExpected(types)}; found ${describeFound(found)}.`, why, fixForType(types, found));
    }
    case "enum": {
      const values = enumValues(params);
      const found = valueAt(file.data, segments);
      const own = shapeAt(kind, segments).own;
      const suggestion = typeof found === "string" ? suggest(found, suggestable(values)) : void 0;
      const foundText = typeof found === "string" ? code(found) : `\`${JSON.stringify(found)}\``;
      const why = own ? `xtap-lint knows only these values.` : "Graph rejects values outside the enumeration; enumeration values are case-sensitive.";
      const fix = suggestion !== void 0 ? `Did you mean \`${suggestion}\`?` : `Use one of: ${suggestable(values).join(", ")}.`;
      const finding = report(valueNode(file, segments), `\`${name}\` must be one of ${suggestable(values).join(", ")}; found ${foundText}.`, why, fix);
      const casing = typeof found === "string" ? valueCasingFix(finding.at, found, suggestion) : void 0;
      return casing ? { ...finding, fix: casing } : finding;
    }
    case "pattern": {
      const found = valueAt(file.data, segments);
      const shown = typeof found === "string" ? code(found) : `\`${JSON.stringify(found)}\``;
      if (isGuidPattern(params)) {
        const tenantKey = name === "tenantId" || segments.length === 2 && segments[0] === "tenant" && name === "id";
        const why = segments[0] === "tenant" ? "xtap-lint identifies tenants by their tenant ID, a GUID, to tell partners from the tenant itself and to pair tenant files." : "Microsoft Graph identifies tenants, users, groups and applications by GUID; a malformed one is rejected with 400 Bad Request.";
        const fix = tenantKey ? "Write the tenant ID as 32 hexadecimal digits in the form 8-4-4-4-12 (Microsoft Entra admin center → Overview → Tenant ID)." : "Write a GUID: 32 hexadecimal digits in the form 8-4-4-4-12.";
        return report(valueNode(file, segments), `\`${name}\` must be a GUID (8-4-4-4-12 hexadecimal digits); found ${shown}.`, why, fix);
      }
      return report(
        valueNode(file, segments),
        `\`${name}\` must match the pattern ${String(params.pattern)}; found ${shown}.`,
        "Values of this key have a fixed format.",
        "Correct the value."
      );
    }
    case "maxItems":
      return report(
        locate(file, segments).key ?? valueNode(file, segments),
        `\`${name}\` has more than ${String(params.limit)} items.`,
        "xtap-lint bounds the work it does on one file, and no real setting needs a list this long.",
        "Split the list across partner files, or check that the file is what you meant to commit."
      );
    case "maxLength":
      return report(
        valueNode(file, segments),
        `\`${name}\` is longer than ${String(params.limit)} characters.`,
        "xtap-lint bounds the work it does on one file, and no real value is this long.",
        "Shorten the value, or check that the file is what you meant to commit."
      );
    default:
      return report(
        valueNode(file, segments),
        `\`${name}\` ${e.message ?? `fails the schema keyword ${e.keyword}`}.`,
        "The declaration does not match the xtap-lint schema.",
        "Correct the value."
      );
  }
}
function anchorOf(node) {
  if (node === null || typeof node !== "object" || !("anchor" in node)) return void 0;
  const a = node.anchor;
  return typeof a === "string" && a !== "" ? a : void 0;
}
function requiredHelp(kind, segments, missing) {
  if (missing === "accessType") {
    return [
      "Targets mean nothing without `accessType`: it says whether the list allows or blocks them. Without it the list counts as not written, so a partner would silently inherit the default's list instead.",
      "Add `accessType: allowed` (an allow list) or `accessType: blocked` (a block list)."
    ];
  }
  if (missing === "tenantId") {
    return [
      "Microsoft Graph identifies a partner configuration by its tenantId: it is the key of the entry and required to create it.",
      "Add `tenantId: <the partner tenant ID, a GUID>`."
    ];
  }
  if (segments.length === 1 && segments[0] === "tenant" && missing === "id") {
    return [
      "xtap-lint needs the tenant's ID to tell partners from the tenant itself and to pair tenant files.",
      "Add `id: <your tenant ID, a GUID>` under `tenant:`."
    ];
  }
  if (segments.length === 1 && segments[0] === "tenant" && missing === "license") {
    return [
      "Several rules depend on the tenant's Microsoft Entra ID plan: trust settings, specific targets, B2B direct connect and tenant restrictions need P1.",
      "Add `license: free`, `license: p1` or `license: p2` under `tenant:`."
    ];
  }
  if (segments.length === 0 && kind === "partner") {
    return ["A partner file declares partner entries under `partners:` and nothing else.", "Add `partners:` with a list of partner entries."];
  }
  if (segments.length === 0) {
    return ["A tenant file starts with `tenant:`, which says whose settings it declares.", "Add `tenant:` with `id` and `license`."];
  }
  return ["xtap-lint cannot read this declaration without it.", `Add \`${missing}:\`.`];
}
function configPath(segments) {
  let out = "";
  for (const seg of segments) {
    if (isIndex(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function configProblem(data, e) {
  const segments = pointerSegments(e.instancePath);
  const path2 = configPath(segments);
  const prefix2 = path2 ? `${path2}: ` : "";
  const params = e.params ?? {};
  switch (e.keyword) {
    case "additionalProperties": {
      const prop = String(params.additionalProperty ?? "");
      const allowed = propertyNames(shapeAt("config", segments).shape);
      const s = suggest(prop, allowed);
      const hint = s !== void 0 ? `did you mean ${JSON.stringify(s)}?` : `allowed: ${allowed.join(", ")}`;
      return `${prefix2}unknown property ${JSON.stringify(prop)} (${hint})`;
    }
    case "required":
      return `${prefix2}missing required property ${JSON.stringify(String(params.missingProperty ?? ""))}`;
    case "propertyNames": {
      const key = String(params.propertyName ?? e.propertyName ?? "");
      return `${prefix2}${JSON.stringify(key)} is not a rule id (rule ids are lowercase words joined by "-", e.g. "mfa-registration-apps")`;
    }
    case "type": {
      const types = expectedTypes(params);
      const found = valueAt(data, segments);
      const foundWord = found === null || found === void 0 ? "null" : Array.isArray(found) ? "a list" : typeof found === "object" ? "a map" : `a ${typeof found}`;
      const values = enumValues(params);
      if (values.length > 0) return `${prefix2}must be one of ${values.join(", ")}, found ${foundWord}`;
      return `${prefix2}must be ${describeExpected(types)}, found ${foundWord}`;
    }
    case "enum": {
      const values = enumValues(params);
      const found = valueAt(data, segments);
      const s = typeof found === "string" ? suggest(found, values) : void 0;
      return `${prefix2}must be one of ${values.join(", ")}${s !== void 0 ? ` (did you mean ${JSON.stringify(s)}?)` : ""}`;
    }
    case "minimum":
    case "maximum":
      return `${prefix2}must be ${String(params.comparison)} ${String(params.limit)}`;
    case "maxItems":
      return `${prefix2}must have at most ${String(params.limit)} items`;
    case "maxProperties":
      return `${prefix2}must have at most ${String(params.limit)} entries`;
    case "maxLength":
      return `${prefix2}must be at most ${String(params.limit)} characters long`;
    default:
      return `${prefix2}${e.message ?? `fails ${e.keyword}`}`;
  }
}

// src/resolve/resolve.ts
init_yaml();

// src/resolve/build.ts
init_yaml();
init_knowledge();

// src/resolve/model.ts
var OPAQUE_SETTINGS = ["m365CollaborationInbound", "m365CollaborationOutbound", "appServiceConnectInbound"];
var READ_ONLY = ["isServiceDefault", "isServiceProvider", "isInMultiTenantOrganization"];

// src/resolve/build.ts
var Placed = class {
  // Up to three places, as plain number fields (an array would be two more objects each).
  #file;
  #s0;
  #e0;
  #s1 = -1;
  #e1 = -1;
  #s2 = -2;
  #e2 = -2;
  constructor(file, first, second) {
    this.#file = file;
    const a = offsetsOf(first);
    this.#s0 = a[0];
    this.#e0 = a[1];
    if (second !== void 0) {
      const b = offsetsOf(second);
      this.#s1 = b[0];
      this.#e1 = b[1];
    }
  }
  /** The place of the first (0), second (1) or third (2, set by `placeThird`) node. */
  placeOf(i) {
    const file = this.#file;
    if (i === 0) return { file, start: this.#s0, end: this.#e0 };
    if (i === 1) return { file, start: this.#s1, end: this.#e1 };
    return { file, start: this.#s2, end: this.#e2 };
  }
  placeThird(node) {
    const r = offsetsOf(node);
    this.#s2 = r[0];
    this.#e2 = r[1];
  }
  hasThird() {
    return this.#s2 !== -2;
  }
};
var LocatedValue = class extends Placed {
  value;
  constructor(value, file, node, key) {
    super(file, node, key);
    this.value = value;
  }
  get loc() {
    return this.placeOf(0);
  }
  get key() {
    return this.placeOf(1);
  }
};
function located(value, file, node, key) {
  return new LocatedValue(value, file, node, key);
}
var Target = class extends Placed {
  target;
  targetType;
  label;
  constructor(file, item, target) {
    super(file, item);
    this.target = target;
  }
  get loc() {
    return this.placeOf(0);
  }
};
var TargetList = class extends Placed {
  setting;
  half;
  accessType;
  targets;
  constructor(file, setting, half, key, node) {
    super(file, key, node);
    this.setting = setting;
    this.half = half;
  }
  get key() {
    return this.placeOf(0);
  }
  get loc() {
    return this.placeOf(1);
  }
  get targetsKey() {
    return this.hasThird() ? this.placeOf(2) : void 0;
  }
  setTargetsKey(node) {
    this.placeThird(node);
  }
};
var Setting = class extends Placed {
  name;
  isNull;
  constructor(file, name, key, node, isNull) {
    super(file, key, isNull ? key : node);
    this.name = name;
    this.isNull = isNull;
  }
  get key() {
    return this.placeOf(0);
  }
  get loc() {
    return this.placeOf(1);
  }
};
function valueOf(file, pair2) {
  return deref(file.doc, pair2.value);
}
function scalarValue(node) {
  return isScalar(node) ? node.value : void 0;
}
function readLocated(file, map2, key, guard) {
  const pair2 = getPair(map2, key);
  if (!pair2) return void 0;
  const node = valueOf(file, pair2);
  const v = scalarValue(node);
  if (!guard(v)) return void 0;
  return located(v, file, node ?? pair2.key, pair2.key);
}
var isString = (v) => typeof v === "string";
var isBool = (v) => typeof v === "boolean";
var isBoolOrNull = (v) => typeof v === "boolean" || v === null;
function readTargetList(file, setting, half, pair2) {
  const node = valueOf(file, pair2);
  if (!isMap(node)) return void 0;
  const list2 = new TargetList(file, setting, half, pair2.key, node);
  const accessType = readLocated(file, node, "accessType", isString);
  if (accessType) list2.accessType = accessType;
  const tPair = getPair(node, "targets");
  if (tPair) {
    list2.setTargetsKey(tPair.key);
    const seq2 = valueOf(file, tPair);
    if (isSeq(seq2)) {
      list2.targets = [];
      for (const raw of seq2.items) {
        const item = deref(file.doc, raw);
        if (!isMap(item)) continue;
        let target;
        let type;
        let label;
        for (const p of item.items) {
          const k = isScalar(p.key) ? p.key.value : void 0;
          if (k !== "target" && k !== "targetType" && k !== "label") continue;
          const v = deref(file.doc, p.value);
          if (!isScalar(v) || typeof v.value !== "string") continue;
          if (k === "label") label = v.value;
          else if (target === void 0 || type === void 0) {
            const found = located(v.value, file, v, p.key);
            if (k === "target") target ??= found;
            else type ??= found;
          }
        }
        if (!target) continue;
        const decl = new Target(file, item, target);
        if (type) decl.targetType = type;
        if (label !== void 0) decl.label = label;
        list2.targets.push(decl);
      }
    }
  }
  return list2;
}
function settingDecl(file, name, pair2) {
  const node = valueOf(file, pair2);
  const isNull = node === null || node === void 0 || isScalar(node) && node.value === null;
  return new Setting(file, name, pair2.key, node, isNull);
}
function readFlags(file, name, pair2, members) {
  const node = valueOf(file, pair2);
  const flags = Object.assign(settingDecl(file, name, pair2), { members: {} });
  if (!isMap(node)) return flags;
  for (const p of node.items) {
    const k = isScalar(p.key) ? p.key.value : void 0;
    if (typeof k !== "string" || !members.includes(k) || flags.members[k]) continue;
    const v = deref(file.doc, p.value);
    if (isScalar(v) && typeof v.value === "boolean") flags.members[k] = located(v.value, file, v, p.key);
  }
  return flags;
}
function readPolicy(file, map2) {
  const decl = { b2b: {}, opaque: {}, readOnly: {}, lists: [] };
  if (!isMap(map2)) return decl;
  for (const [key, pair2] of mapPairs(map2)) {
    if (B2B_SETTINGS.includes(key)) {
      const name = key;
      const b2b = settingDecl(file, name, pair2);
      const node = valueOf(file, pair2);
      for (const half of ["usersAndGroups", "applications"]) {
        const hp = getPair(node, half);
        if (!hp) continue;
        const list2 = readTargetList(file, name, half, hp);
        if (list2) {
          b2b[half] = list2;
          decl.lists.push(list2);
        }
      }
      const dev = getPair(node, "devices");
      if (dev && !(isScalar(dev.value) && dev.value.value === null)) {
        b2b.devices = located(true, file, dev.value ?? dev.key, dev.key);
      }
      decl.b2b[name] = b2b;
    } else if (key === "inboundTrust") {
      decl.inboundTrust = readFlags(file, key, pair2, TRUST_MEMBERS);
    } else if (key === "automaticUserConsentSettings") {
      decl.automaticUserConsentSettings = readFlags(file, key, pair2, CONSENT_MEMBERS);
    } else if (key === "blockServiceProviderOutboundAccess") {
      const v = readLocated(file, map2, key, isBoolOrNull);
      if (v) decl.blockServiceProviderOutboundAccess = v;
    } else if (OPAQUE_SETTINGS.includes(key)) {
      const name = key;
      const node = valueOf(file, pair2);
      const s = settingDecl(file, name, pair2);
      const value = isMap(node) ? node.toJSON() : null;
      decl.opaque[name] = Object.assign(s, { value });
      if (isMap(node)) {
        for (const half of ["users", "usersAndGroups", "applications"]) {
          const hp = getPair(node, half);
          if (!hp) continue;
          const list2 = readTargetList(file, name, half, hp);
          if (list2) decl.lists.push(list2);
        }
      }
    } else if (key === "invitationRedemptionIdentityProviderConfiguration") {
      const node = valueOf(file, pair2);
      const fbPair = getPair(node, "fallbackIdentityProvider");
      const fbNode = fbPair?.value;
      const hasFallback = fbNode !== null && fbNode !== void 0 && !(isScalar(fbNode) && fbNode.value === null);
      const r = Object.assign(settingDecl(file, key, pair2), { hasFallback });
      const pp = getPair(node, "primaryIdentityProviderPrecedenceOrder");
      if (pp) {
        r.primaryKey = locOf(file, pp.key);
        const seq2 = valueOf(file, pp);
        if (isSeq(seq2)) {
          r.primary = [];
          for (const raw of seq2.items) {
            const item = deref(file.doc, raw);
            const v = scalarValue(item);
            if (typeof v === "string") r.primary.push(located(v, file, item, pp.key));
          }
        }
      }
      const fb = readLocated(file, node, "fallbackIdentityProvider", isString);
      if (fb) r.fallback = fb;
      decl.invitationRedemption = r;
    } else if (READ_ONLY.includes(key)) {
      const node = valueOf(file, pair2);
      decl.readOnly[key] = located(scalarValue(node), file, node ?? pair2.key, pair2.key);
    }
  }
  return decl;
}
function readIdentitySync(file, pair2) {
  const node = valueOf(file, pair2);
  const decl = settingDecl(file, "identitySynchronization", pair2);
  const name = readLocated(file, node, "displayName", isString);
  if (name) decl.displayName = name;
  const user = getPair(node, "userSyncInbound");
  if (user) {
    const v = readLocated(file, valueOf(file, user), "isSyncAllowed", isBool);
    if (v) decl.userSyncAllowed = v;
  }
  const group = getPair(node, "groupSyncInbound");
  if (group) {
    const v = readLocated(file, valueOf(file, group), "isSyncAllowed", isBool);
    if (v) decl.groupSyncAllowed = v;
  }
  return decl;
}
function rootMap(file) {
  const doc = documentOf(file);
  const root = deref(doc, doc?.contents);
  return isMap(root) ? root : void 0;
}
var FREE_TEXT = /* @__PURE__ */ new Set(["name", "label", "displayName"]);
function readSentinels(file) {
  const hits = [];
  if (!file.doc || !file.text.includes(SENTINEL)) return hits;
  const seen = /* @__PURE__ */ new Set();
  const visit3 = (node, path2, key) => {
    if (node === null || node === void 0 || isAlias(node) || seen.has(node)) return;
    seen.add(node);
    if (isScalar(node)) {
      if (node.value === SENTINEL) hits.push({ at: locOf(file, node), path: path2, key });
      return;
    }
    if (isMap(node)) {
      for (const pair2 of node.items) {
        const k = isScalar(pair2.key) ? String(pair2.key.value) : void 0;
        if (k !== void 0 && FREE_TEXT.has(k)) continue;
        visit3(pair2.value, k === void 0 ? path2 : path2 ? `${path2}.${k}` : k, k ?? key);
      }
      return;
    }
    if (isSeq(node)) node.items.forEach((item, i) => visit3(item, `${path2}[${i}]`, key));
  };
  visit3(file.doc.contents, "", void 0);
  return hits;
}

// src/resolve/resolve.ts
init_knowledge();
var LICENSES = ["free", "p1", "p2"];
var isCloud = (v) => typeof v === "string" && CLOUDS.includes(v);
var isLicense = (v) => typeof v === "string" && LICENSES.includes(v);
function serviceList(spec, atLoc) {
  return {
    accessType: spec.accessType,
    targets: spec.targets.map((t) => ({ id: t.target, type: t.targetType })),
    level: "service",
    at: atLoc
  };
}
function typeFits(half, target, type) {
  if (target === "AllUsers") return (type === void 0 || type === "user") && half !== "applications";
  if (isKeyword(target)) return (type === void 0 || type === "application") && half === "applications";
  if (type === void 0) return true;
  return half === "applications" ? type === "application" : type === "user" || type === "group";
}
function declaredList(decl, level) {
  if (!decl) return void 0;
  const access = decl.accessType?.value;
  if (access !== "allowed" && access !== "blocked") return void 0;
  return {
    accessType: access,
    targets: (decl.targets ?? []).filter((t) => typeFits(decl.half, t.target.value, t.targetType?.value)).map((t) => ({ id: normalizeTarget(t.target.value), type: t.targetType?.value, decl: t })),
    level,
    decl,
    at: decl.key
  };
}
var RANK = { service: 0, default: 1, partner: 2 };
var mostSpecific = (a, b) => RANK[a] >= RANK[b] ? a : b;
function effectiveDefault(decl, fallback) {
  const b2b = {};
  for (const name of B2B_SETTINGS) {
    const d = decl.b2b[name];
    const settingAt = d && !d.isNull ? d.key : fallback;
    const ug = declaredList(d?.isNull ? void 0 : d?.usersAndGroups, "default") ?? serviceList(SERVICE_DEFAULT[name].usersAndGroups, settingAt);
    const ap = declaredList(d?.isNull ? void 0 : d?.applications, "default") ?? serviceList(SERVICE_DEFAULT[name].applications, settingAt);
    b2b[name] = { name, usersAndGroups: ug, applications: ap, at: settingAt, level: mostSpecific(ug.level, ap.level) };
  }
  const trustAt = decl.inboundTrust && !decl.inboundTrust.isNull ? decl.inboundTrust.key : fallback;
  const inboundTrust = {};
  for (const m of TRUST_MEMBERS) {
    const v = decl.inboundTrust?.members[m];
    inboundTrust[m] = v ? { value: v.value, level: "default", at: v.loc, decl: v } : { value: SERVICE_DEFAULT.inboundTrust[m], level: "service", at: trustAt };
  }
  const consent = {};
  for (const m of CONSENT_MEMBERS) {
    const v = decl.automaticUserConsentSettings?.members[m];
    consent[m] = { value: false, level: "service", at: v?.loc ?? fallback };
  }
  const gdap = decl.blockServiceProviderOutboundAccess;
  const blockServiceProviderOutboundAccess = gdap && gdap.value !== null ? { value: gdap.value, level: "default", at: gdap.loc, decl: gdap } : { value: SERVICE_DEFAULT.blockServiceProviderOutboundAccess, level: "service", at: fallback };
  const opaque = {};
  for (const name of OPAQUE_SETTINGS) {
    const d = decl.opaque[name];
    opaque[name] = d && !d.isNull ? { value: d.value, level: "default", at: d.key } : { value: null, level: "service", at: fallback };
  }
  return { b2b, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
}
function partnerFlags(members, own, inherited) {
  if (!own || !members.some((m) => own[m])) return inherited;
  const out = {};
  for (const m of members) {
    const v = own[m];
    out[m] = v ? { value: v.value, level: "partner", at: v.loc, decl: v } : inherited[m];
  }
  return out;
}
function effectivePartner(decl, defaults2) {
  const b2b = {};
  for (const name of B2B_SETTINGS) {
    const d = decl.b2b[name];
    const inherited = defaults2.b2b[name];
    if (!d || d.isNull) {
      b2b[name] = inherited;
      continue;
    }
    const ownUg = declaredList(d.usersAndGroups, "partner");
    const ownAp = declaredList(d.applications, "partner");
    if (!ownUg && !ownAp) {
      b2b[name] = inherited;
      continue;
    }
    const ug = ownUg ?? inherited.usersAndGroups;
    const ap = ownAp ?? inherited.applications;
    b2b[name] = { name, usersAndGroups: ug, applications: ap, at: d.key, level: mostSpecific(ug.level, ap.level) };
  }
  const inboundTrust = partnerFlags(TRUST_MEMBERS, decl.inboundTrust?.members, defaults2.inboundTrust);
  const consent = partnerFlags(CONSENT_MEMBERS, decl.automaticUserConsentSettings?.members, defaults2.automaticUserConsentSettings);
  const gdap = decl.blockServiceProviderOutboundAccess;
  const blockServiceProviderOutboundAccess = gdap && gdap.value !== null ? { value: gdap.value, level: "partner", at: gdap.loc, decl: gdap } : defaults2.blockServiceProviderOutboundAccess;
  let opaque = defaults2.opaque;
  if (OPAQUE_SETTINGS.some((name) => decl.opaque[name] && !decl.opaque[name]?.isNull)) {
    opaque = {};
    for (const name of OPAQUE_SETTINGS) {
      const d = decl.opaque[name];
      opaque[name] = d && !d.isNull ? { value: d.value, level: "partner", at: d.key } : defaults2.opaque[name];
    }
  }
  return { b2b, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
}
function effectiveRedemption(decl, fallback) {
  const r = decl.invitationRedemption;
  const sd = SERVICE_DEFAULT.invitationRedemptionIdentityProviderConfiguration;
  if (!r || r.isNull) return { primary: [...sd.primaryIdentityProviderPrecedenceOrder], fallback: sd.fallbackIdentityProvider, level: "service", at: fallback };
  return {
    primary: r.primary ? r.primary.map((p) => p.value) : [...sd.primaryIdentityProviderPrecedenceOrder],
    fallback: r.fallback?.value ?? sd.fallbackIdentityProvider,
    level: "default",
    at: r.key
  };
}
function readFacts(file, tenantMap) {
  const facts = /* @__PURE__ */ Object.create(null);
  const fp = getPair(tenantMap, "facts");
  if (!fp) return facts;
  for (const [key] of mapPairs(fp.value)) {
    const v = readLocated(file, fp.value, key, isBool);
    if (v) facts[key] = v;
  }
  return facts;
}
function buildTenant(file, root) {
  const tp = getPair(root, "tenant");
  if (!tp) return void 0;
  const tenantMap = tp.value;
  const id = readLocated(file, tenantMap, "id", isString);
  if (!id || !isGuid(id.value)) return void 0;
  const name = readLocated(file, tenantMap, "name", isString);
  const cloud = readLocated(file, tenantMap, "cloud", isCloud);
  const license = readLocated(file, tenantMap, "license", isLicense);
  const tenantKey = locOf(file, tp.key);
  const dp = getPair(root, "default");
  const defaultKey = dp ? locOf(file, dp.key) : void 0;
  const defaultDecl = readPolicy(file, dp?.value);
  const fallback = defaultKey ?? tenantKey;
  const pp = getPair(root, "crossTenantAccessPolicy");
  const endpoints = [];
  let endpointsKey;
  const ep = getPair(pp?.value, "allowedCloudEndpoints");
  if (ep) {
    endpointsKey = locOf(file, ep.key);
    if (isSeq(ep.value)) {
      for (const item of ep.value.items) {
        const v = item.value;
        if (typeof v === "string") endpoints.push(located(v, file, item, ep.key));
      }
    }
  }
  const tenant = {
    file,
    id: id.value.toLowerCase(),
    idLoc: id.loc,
    label: partnerLabel(name?.value, id.value),
    cloud: cloud?.value ?? "commercial",
    facts: readFacts(file, tenantMap),
    tenantKey,
    allowedCloudEndpoints: endpoints,
    defaultDecl,
    defaults: effectiveDefault(defaultDecl, fallback),
    redemption: effectiveRedemption(defaultDecl, fallback),
    partners: [],
    partnersById: /* @__PURE__ */ new Map(),
    includedFiles: []
  };
  if (name) tenant.name = name.value;
  if (cloud) tenant.cloudLoc = cloud.loc;
  if (license) {
    tenant.license = license.value;
    tenant.licenseLoc = license.loc;
  }
  if (pp) tenant.policyKey = locOf(file, pp.key);
  const partners = getPair(root, "partners");
  if (partners) tenant.partnersKey = locOf(file, partners.key);
  if (endpointsKey) tenant.allowedCloudEndpointsKey = endpointsKey;
  if (defaultKey) tenant.defaultKey = defaultKey;
  if (dp && dp.value) tenant.defaultLoc = locOf(file, deref(file.doc, dp.value));
  return tenant;
}
function readPartners(file, root) {
  const out = [];
  const pp = getPair(root, "partners");
  if (!pp || !isSeq(pp.value)) return out;
  for (const raw of pp.value.items) {
    if (!isMap(raw)) continue;
    const id = readLocated(file, raw, "tenantId", isString);
    if (!id || id.value.trim() === "") continue;
    const validId = isGuid(id.value);
    const name = readLocated(file, raw, "name", isString);
    const cloud = readLocated(file, raw, "cloud", isCloud);
    const license = readLocated(file, raw, "license", isLicense);
    const entry = {
      file,
      id: validId ? id.value.toLowerCase() : id.value,
      idLoc: id.loc,
      entryKey: id.key,
      entry: locOf(file, raw),
      label: partnerLabel(name?.value, id.value),
      decl: readPolicy(file, raw),
      validId,
      incomplete: false,
      meta: readPartnerMeta(file, raw)
    };
    if (name) entry.name = name.value;
    if (cloud) {
      entry.cloud = cloud.value;
      entry.cloudLoc = cloud.loc;
    }
    if (license) {
      entry.license = license.value;
      entry.licenseLoc = license.loc;
    }
    const sync = getPair(raw, "identitySynchronization");
    if (sync) entry.identitySynchronization = readIdentitySync(file, sync);
    out.push(entry);
  }
  return out;
}
function readPartnerMeta(file, raw) {
  const meta = {};
  const owner = readLocated(file, raw, "owner", isString);
  if (owner) meta.owner = owner;
  const reviewBy = readLocated(file, raw, "reviewBy", isString);
  if (reviewBy) meta.reviewBy = reviewBy;
  const ticket = readLocated(file, raw, "ticket", isString);
  if (ticket) meta.ticket = ticket;
  const tp = getPair(raw, "tags");
  if (tp) {
    meta.tagsKey = locOf(file, tp.key);
    const tags = [];
    if (isSeq(tp.value)) {
      for (const item of tp.value.items) {
        const v = item.value;
        if (typeof v === "string") tags.push(located(v, file, item, tp.key));
      }
    }
    meta.tags = tags;
  }
  return meta;
}
function partnerLabel(name, id) {
  const n = name?.trim();
  return n ? n : id;
}
var ProblemIndex = class {
  #starts;
  constructor(starts) {
    this.#starts = starts.sort((a, b) => a - b);
  }
  get empty() {
    return this.#starts.length === 0;
  }
  within(start, end) {
    if (start < 0) return false;
    const a = this.#starts;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (a[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < a.length && a[lo] <= end;
  }
  /** The problems in [start, end]. */
  startsIn(start, end) {
    return start < 0 ? [] : this.#starts.filter((x) => x >= start && x <= end);
  }
};
function invalidSpans(decl, problems) {
  const starts = problems.filter((p) => p.start >= 0).map((p) => p.start);
  const levels = [];
  if (decl.tenant) levels.push({ policy: decl.tenant.defaultDecl });
  for (const partner of decl.partners) levels.push({ policy: partner.decl, partner });
  for (const { policy } of levels) {
    for (const list2 of policy.lists) {
      for (const t2 of list2.targets ?? []) {
        const v = t2.target.value;
        if (!isGuid(v) && !isKeyword(v)) starts.push(t2.target.loc.start);
      }
    }
  }
  const index = new ProblemIndex(starts);
  if (index.empty) return [];
  const spans = [];
  const mark = (from, to) => {
    const end = Math.max(from.end, to.end);
    if (!index.within(from.start, end)) return false;
    spans.push([from.start, end]);
    return true;
  };
  for (const { policy, partner } of levels) {
    for (const list2 of policy.lists) {
      for (const t2 of list2.targets ?? []) mark(t2.loc, t2.loc);
      mark(list2.key, list2.loc);
    }
    for (const s of Object.values(policy.b2b)) if (s) mark(s.key, s.loc);
    for (const s of Object.values(policy.opaque)) if (s) mark(s.key, s.loc);
    for (const s of [policy.inboundTrust, policy.automaticUserConsentSettings, policy.invitationRedemption]) if (s) mark(s.key, s.loc);
    if (partner) {
      const id = partner.idLoc;
      const before = index.within(partner.entry.start, id.start - 1);
      const after = index.within(id.end + 1, partner.entry.end);
      if (before || after) {
        partner.incomplete = true;
        spans.push([partner.entryKey.start, partner.entryKey.end]);
      }
    }
  }
  const t = decl.tenant;
  if (t?.defaultKey && t.defaultLoc) {
    const p = t.defaultDecl;
    const settings = [...Object.values(p.b2b), ...Object.values(p.opaque), p.inboundTrust, p.automaticUserConsentSettings, p.invitationRedemption];
    const inSetting = (x) => settings.some((d) => d !== void 0 && x >= d.key.start && x <= Math.max(d.key.end, d.loc.end));
    if (index.startsIn(t.defaultLoc.start, t.defaultLoc.end).some((x) => !inSetting(x))) spans.push([t.defaultKey.start, t.defaultKey.end]);
  }
  return spans;
}
function readFileDecl(file, problems = []) {
  if (!file.doc || file.broken) return { partners: [], invalid: [], sentinels: [] };
  const root = rootMap(file);
  const tenant = buildTenant(file, root);
  const decl = { ...tenant ? { tenant } : {}, partners: readPartners(file, root), invalid: [], sentinels: readSentinels(file) };
  decl.invalid = invalidSpans(decl, problems);
  return decl;
}
function addPartners(tenant, entries) {
  for (const entry of entries) {
    const partner = Object.assign(entry, { tenant, cloud: entry.cloud ?? tenant.cloud, effective: effectivePartner(entry.decl, tenant.defaults) });
    tenant.partners.push(partner);
    const list2 = tenant.partnersById.get(partner.id);
    if (list2) list2.push(partner);
    else tenant.partnersById.set(partner.id, [partner]);
  }
}
function resolveRepo(files, includes, decls) {
  const tenants = [];
  const tenantsById = /* @__PURE__ */ new Map();
  const invalid = /* @__PURE__ */ new Map();
  for (const [file, decl] of decls) if (decl.invalid.length) invalid.set(file, mergeSpans(decl.invalid));
  const sentinels = [];
  for (const file of files) if (!file.broken) sentinels.push(...decls.get(file)?.sentinels ?? []);
  for (const file of files) {
    if (file.broken) continue;
    const decl = decls.get(file);
    const tenant = decl?.tenant;
    if (!decl || !tenant) continue;
    addPartners(tenant, decl.partners);
    for (const pf of includes.get(file.path) ?? []) {
      if (pf.broken) continue;
      tenant.includedFiles.push(pf);
      addPartners(tenant, decls.get(pf)?.partners ?? []);
    }
    tenants.push(tenant);
    const same = tenantsById.get(tenant.id);
    if (same) same.push(tenant);
    else tenantsById.set(tenant.id, [tenant]);
  }
  return { files, tenants, tenantsById, invalid, sentinels };
}
function mergeSpans(spans) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
function pointsAtInvalid(model, loc) {
  const spans = model.invalid.get(loc.file);
  if (!spans || loc.start < 0) return false;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((spans[mid]?.[0] ?? 0) <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== void 0 && loc.start <= span[1];
}

// src/config/config.ts
init_yaml();

// src/types.ts
var SEVERITY_SETTINGS = ["error", "warning", "info", "off"];

// src/config/config.ts
var DEFAULT_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 2e4, maxAliasCount: 100, maxDepth: 64 };
var DEFAULT_FILES = ["**/*.xtap.yaml", "**/*.xtap.yml"];
function defaultConfig() {
  return { preset: "recommended", rules: {}, files: [...DEFAULT_FILES], ignore: [], overrides: [], limits: { ...DEFAULT_LIMITS }, policies: [] };
}
var ConfigError = class extends Error {
};
function readConfigLayer(text, path2) {
  const parsed = parseSource(path2, text);
  const file = parsed.file;
  if (parsed.problems.length) {
    const p = parsed.problems[0];
    const at2 = p.whole ? "" : ` at ${position(file, p.offset).line}:${position(file, p.offset).column}`;
    throw new ConfigError(`${path2}: invalid YAML: ${p.message}${at2}`);
  }
  const data = file.data ?? {};
  const policies = data?.policies;
  if (Array.isArray(policies)) {
    for (const [i, p] of policies.entries()) {
      const id = p?.id;
      if (typeof id === "string" && !POLICY_ID.test(id)) {
        throw new ConfigError(`${path2}: policy #${i + 1} ${JSON.stringify(id.slice(0, 200))}: the id must be <prefix>/<name> in lower-case kebab-case, e.g. contoso/direct-connect-approved-only`);
      }
    }
  }
  const problems = validateConfigData(data);
  if (problems.length) throw new ConfigError(`${path2}: ${problems[0]}`);
  const raw = data ?? {};
  const ids = /* @__PURE__ */ new Set();
  for (const p of raw.policies ?? []) {
    if (ids.has(p.id)) throw new ConfigError(`${path2}: policy ${JSON.stringify(p.id)} is declared twice`);
    ids.add(p.id);
  }
  return { path: path2, data: raw };
}
var POLICY_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
function mergeConfigLayers(layers, knownRules) {
  const config = defaultConfig();
  const policies = /* @__PURE__ */ new Map();
  for (const { path: path2, data: raw } of layers) {
    const globs = [["files", raw.files ?? []], ["ignore", raw.ignore ?? []], ...(raw.overrides ?? []).map((o, i) => [`overrides[${i}].files`, o.files])];
    for (const [where2, list2] of globs) {
      for (const [i, g] of list2.entries()) {
        const problem2 = globProblem(g);
        if (problem2) throw new ConfigError(`${path2}: ${where2}[${i}]: the glob is refused: ${problem2}`);
      }
    }
    if (raw.preset) config.preset = raw.preset;
    if (raw.rules) config.rules = { ...config.rules, ...raw.rules };
    if (raw.files) config.files = [...raw.files];
    if (raw.ignore) config.ignore = [...raw.ignore];
    if (raw.overrides) config.overrides.push(...raw.overrides.map((o) => ({ files: [...o.files], rules: { ...o.rules ?? {} } })));
    if (raw.limits) config.limits = { ...config.limits, ...raw.limits };
    for (const p of raw.policies ?? []) {
      policies.delete(p.id);
      policies.set(p.id, { ...p, source: path2 });
    }
  }
  config.policies = [...policies.values()];
  const last = layers.length ? layers[layers.length - 1].path : ".xtap-lint.yaml";
  const known = /* @__PURE__ */ new Set([...knownRules, ...policies.keys()]);
  const unknown = [...Object.keys(config.rules), ...config.overrides.flatMap((o) => Object.keys(o.rules))].find((id) => !known.has(id));
  if (unknown) throw new ConfigError(`${last}: unknown rule "${unknown}"${didYouMean(unknown, known)} (run \`xtap-lint rules\` for the list)`);
  if (config.rules.syntax || config.overrides.some((o) => o.rules.syntax)) throw new ConfigError(`${last}: the rule "syntax" cannot be configured`);
  return config;
}
function parseConfig(text, path2, knownRules) {
  return mergeConfigLayers([readConfigLayer(text, path2)], knownRules);
}
function didYouMean(id, known) {
  const near = suggest(id, [...known]);
  return near ? `; did you mean "${near}"?` : "";
}
function parseRuleOption(value, knownRules) {
  const m = /^([a-z0-9-]+(?:\/[a-z0-9-]+)?)=(.+)$/.exec(value.trim());
  if (!m) throw new ConfigError(`--rule expects <rule-id>=<severity>, got "${value}"`);
  const [, id, sev] = m;
  if (!knownRules.has(id)) throw new ConfigError(`--rule: unknown rule "${id}"${didYouMean(id, knownRules)} (run \`xtap-lint rules\` for the list)`);
  if (id === "syntax") throw new ConfigError('--rule: the rule "syntax" cannot be configured');
  if (!SEVERITY_SETTINGS.includes(sev)) throw new ConfigError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(", ")}, got "${sev}"`);
  return [id, sev];
}
function configuredSeverity(config, cliRules, ruleId, filePath) {
  let sev = config.rules[ruleId];
  for (const o of config.overrides) {
    if (o.rules[ruleId] !== void 0 && o.files.some((g) => globMatch(filePath, g))) sev = o.rules[ruleId];
  }
  if (cliRules[ruleId] !== void 0) sev = cliRules[ruleId];
  return sev;
}

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function always(severity) {
  return { recommended: severity, strict: severity, all: severity };
}
function strictOnly(severity) {
  return { recommended: "off", strict: severity, all: severity };
}
var REPOSITORY_URL = "https://github.com/xtap-lint/xtap-lint";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}.md`;
}
function ruleDocsUrl(rule, ruleId) {
  return rule?.meta.docs ?? docsUrl(ruleId);
}
function presetSeverity(rule, preset) {
  if (preset === "recommended" || preset === "strict" || preset === "all") return rule.meta.severity[preset];
  if (rule.meta.category === "policy") return rule.meta.severity.all;
  if (!rule.meta.compliance?.some((k) => k.startsWith(`${preset}:`))) return "off";
  return rule.meta.severity.strict !== "off" ? rule.meta.severity.strict : rule.meta.severity.all;
}

// src/engine/lint.ts
init_levels();

// rules/automatic-redemption-mutual.ts
init_levels();
init_tenants();
var OPPOSITE = { inboundAllowed: "outboundAllowed", outboundAllowed: "inboundAllowed" };
var automatic_redemption_mutual_default = defineRule({
  id: "automatic-redemption-mutual",
  meta: {
    description: "Automatic redemption turned on for a partner whose own tenant file, in the repository, does not turn on the other half: A's `inboundAllowed` for B without B's `outboundAllowed` for A, or the reverse.",
    category: "multi-tenant",
    severity: always("warning"),
    sources: [
      'Microsoft Entra: automatic redemption — "suppresses the consent prompt and invitation email only if you select this setting for both the home/source tenant (outbound) and resource/target tenant (inbound)", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      "Microsoft Graph: inboundOutboundPolicyConfiguration; automatic redemption is partner-only and works only when mutual, https://learn.microsoft.com/graph/api/resources/inboundoutboundpolicyconfiguration"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const other = declaredTenant(ctx.model, partner.id);
        if (!other || other.id === tenant.id) continue;
        for (const member of ["inboundAllowed", "outboundAllowed"]) {
          const mine = partner.effective.automaticUserConsentSettings[member];
          if (!mine.value) continue;
          const theirs = effectiveFor(other, tenant.id);
          const counterpart = theirs.settings.automaticUserConsentSettings[OPPOSITE[member]];
          if (counterpart.value) continue;
          const inbound = member === "inboundAllowed";
          const source = appliedSource(theirs, tenant.label, counterpart);
          ctx.report({
            at: mine.at,
            message: {
              what: `Partner ${possessive(partner.label)} automatic redemption ${inbound ? "inbound" : "outbound"} is on in ${tenant.label}, but ${possessive(other.label)} \`automaticUserConsentSettings.${OPPOSITE[member]}\` for ${tenant.label} is not true (${source.text}, ${where(source.at)}).`,
              why: `Automatic redemption suppresses the consent prompt only when the resource tenant turns it on inbound and the home tenant outbound; one side alone has no effect${inbound ? ", and cross-tenant synchronization from " + other.label + " needs both" : ""}.`,
              fix: `Set \`automaticUserConsentSettings.${OPPOSITE[member]}: true\` in ${possessive(other.label)} partner entry for ${tenant.label} (${other.file.path}), or turn this one off.`
            },
            related: [{ at: source.at, message: `${possessive(other.label)} automaticUserConsentSettings.${OPPOSITE[member]} for ${tenant.label}` }]
          });
        }
      }
    }
  }
});

// rules/cloud-settings.ts
init_knowledge();
init_tenants();
init_levels();
var ENDPOINTS = CLOUDS.map((c) => CLOUD_ENDPOINT[c]);
function endpointMeant(value) {
  return ENDPOINTS.includes(value) ? value : suggest(value, ENDPOINTS);
}
function partnerCloudText(model, partner, cloud) {
  const own = declaredTenant(model, partner.id);
  const from = own && (own.cloud !== partner.cloud || !partner.cloudLoc) ? ` (its own tenant file, ${own.file.path}, declares \`cloud: ${own.cloud}\`)` : "";
  return `${levelName(partner, true)} is in ${CLOUD_NAME[cloud]}${from}`;
}
function checkEndpoints(tenant, report) {
  for (const ep of tenant.allowedCloudEndpoints) {
    if (ENDPOINTS.includes(ep.value)) continue;
    const near = suggest(ep.value, ENDPOINTS);
    report(
      ep.loc,
      `\`${ep.value}\` is not a Microsoft cloud endpoint${near ? ` (did you mean \`${near}\`?)` : ""}.`,
      `Microsoft Graph supports exactly these values in \`allowedCloudEndpoints\`: ${ENDPOINTS.map((e) => `\`${e}\``).join(", ")}.`,
      near ? `Write \`${near}\`.` : "Use one of the three endpoints, or remove the value."
    );
  }
}
var cloud_settings_default = defineRule({
  id: "cloud-settings",
  meta: {
    description: "A partner in another Microsoft cloud whose cloud is not in `allowedCloudEndpoints`, an unsupported cloud pair, or an `allowedCloudEndpoints` value that is not a documented endpoint.",
    category: "validity",
    severity: always("error"),
    sources: [
      'Microsoft Entra: Configure Microsoft cloud settings for B2B collaboration — supported pairs, and "Once you enable another Microsoft Azure cloud … add the tenant you want to collaborate with", https://learn.microsoft.com/entra/external-id/cross-cloud-settings',
      'Microsoft Graph: crossTenantAccessPolicy.allowedCloudEndpoints — "Supported values for this field are: microsoftonline.com, microsoftonline.us, and partner.microsoftonline.cn", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkEndpoints(tenant, (at2, what, why, fix) => ctx.report({ at: at2, message: { what, why, fix } }));
      const enabled = new Set(tenant.allowedCloudEndpoints.map((e) => endpointMeant(e.value)));
      for (const partner of tenant.partners) {
        const other = partnerCloud(ctx.model, partner);
        if (other === tenant.cloud) continue;
        const at2 = partner.cloudLoc ?? partner.entryKey;
        if (!cloudPairSupported(tenant.cloud, other)) {
          ctx.report({
            at: at2,
            message: {
              what: `${partnerCloudText(ctx.model, partner, other)}, and this tenant is in ${CLOUD_NAME[tenant.cloud]}: B2B collaboration between these clouds is not supported.`,
              why: `Microsoft supports cross-cloud B2B collaboration only between ${CLOUD_NAME.commercial} and ${CLOUD_NAME.usGovernment}, and between ${CLOUD_NAME.commercial} and ${CLOUD_NAME.china}.`,
              fix: "Correct the partner's `cloud:`, or remove the partner entry."
            }
          });
          continue;
        }
        const endpoint = CLOUD_ENDPOINT[other];
        if (enabled.has(endpoint)) continue;
        ctx.report({
          at: at2,
          message: {
            what: `${partnerCloudText(ctx.model, partner, other)}, but \`crossTenantAccessPolicy.allowedCloudEndpoints\` does not contain \`${endpoint}\`.`,
            why: "B2B collaboration with an organization in another Microsoft cloud works only after that cloud is enabled in the Microsoft cloud settings; until then this partner entry has no effect.",
            fix: `Add \`${endpoint}\` to \`crossTenantAccessPolicy.allowedCloudEndpoints\`${partner.cloudLoc || declaredTenant(ctx.model, partner.id) ? "" : ", or declare the partner's `cloud:`"}.`
          }
        });
      }
    }
  }
});

// rules/cross-cloud-mutual.ts
init_levels();
init_tenants();
init_knowledge();
var cross_cloud_mutual_default = defineRule({
  id: "cross-cloud-mutual",
  meta: {
    description: "A tenant that enables another tenant's Microsoft cloud and adds it as a partner, while that tenant, declared in the repository, does not enable the first tenant's cloud or does not add it.",
    category: "multi-tenant",
    severity: always("error"),
    sources: [
      "Microsoft Entra: Configure Microsoft cloud settings for B2B collaboration — both organizations must enable each other's cloud and add each other in Organizational settings, https://learn.microsoft.com/entra/external-id/cross-cloud-settings"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const other = declaredTenant(ctx.model, partner.id);
        if (!other || other.id === tenant.id || other.cloud === tenant.cloud) continue;
        if (!cloudEnabled(tenant, other.cloud)) continue;
        const lacksCloud = !cloudEnabled(other, tenant.cloud);
        const lacksPartner = !other.partnersById.has(tenant.id);
        if (!lacksCloud && !lacksPartner) continue;
        const cloudAt = other.allowedCloudEndpointsKey ?? other.policyKey ?? other.tenantKey;
        const partnersAt = other.partnersKey ?? other.tenantKey;
        const missing = [];
        const fixes = [];
        const related = [];
        if (lacksCloud) {
          missing.push(`does not enable ${CLOUD_NAME[tenant.cloud]} (\`${CLOUD_ENDPOINT[tenant.cloud]}\` is not in its \`allowedCloudEndpoints\`, ${where(cloudAt)})`);
          fixes.push(`add \`${CLOUD_ENDPOINT[tenant.cloud]}\` to \`crossTenantAccessPolicy.allowedCloudEndpoints\``);
          related.push({ at: cloudAt, message: `${possessive(other.label)} allowed cloud endpoints` });
        }
        if (lacksPartner) {
          missing.push(`does not list ${tenant.label} in its \`partners\` (${where(partnersAt)})`);
          fixes.push(`add ${tenant.label} (\`tenantId: ${tenant.id}\`) to \`partners\``);
          related.push({ at: partnersAt, message: `${possessive(other.label)} partners` });
        }
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `${levelName(partner, true)} is in ${CLOUD_NAME[other.cloud]}; ${tenant.label} enables that cloud and adds it, but ${other.label} ${missing.join(" and ")}.`,
            why: "B2B collaboration across Microsoft clouds works only when both organizations enable each other's cloud and add each other in their organizational settings; until then every cross-cloud sign-in between them is blocked.",
            fix: `In ${possessive(other.label)} file (${other.file.path}), ${fixes.join(" and ")}.`
          },
          related
        });
      }
    }
  }
});

// rules/default-automatic-redemption.ts
init_knowledge();
var default_automatic_redemption_default = defineRule({
  id: "default-automatic-redemption",
  meta: {
    description: "`automaticUserConsentSettings.inboundAllowed` or `outboundAllowed` set to `true` in `default`: automatic redemption is partner-only.",
    category: "validity",
    severity: always("error"),
    fixable: true,
    sources: [
      `Microsoft Graph: crossTenantAccessPolicyConfigurationDefault — automaticUserConsentSettings "are always false and can't be updated in the default configuration. Read-only.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault`,
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — automatic redemption "applies to Organizational settings only", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const consent = tenant.defaultDecl.automaticUserConsentSettings;
      if (!consent || consent.isNull) continue;
      for (const member of CONSENT_MEMBERS) {
        const v = consent.members[member];
        if (v?.value !== true) continue;
        const fix = setScalarFix(v.loc, false, `set ${member} to false`);
        ctx.report({
          at: v.loc,
          message: {
            what: `The default's \`automaticUserConsentSettings.${member}\` is \`true\`.`,
            why: `Automatic redemption can only be turned on per partner: Microsoft Graph documents the default's values as "always false" and read-only, so this value is never applied (and an export would be rejected or ignored).`,
            fix: `Set it to \`false\` or remove it (\`xtap-lint --fix\` sets \`false\`), and set \`${member}: true\` on each partner organization that should redeem automatically; it works only when both tenants enable it.`
          },
          ...fix ? { fix } : {}
        });
      }
    }
  }
});

// rules/default-inbound-open.ts
init_access();
var default_inbound_open_default = defineRule({
  id: "default-inbound-open",
  meta: {
    description: "The default's inbound B2B collaboration lets all users of every external organization into all applications.",
    category: "posture",
    severity: strictOnly("warning"),
    compliance: ["cisa:MS.AAD.8.3v1", "maester:CISA.MS.AAD.8.3", "cipp:health-1"],
    sources: [
      "Maester CISA.MS.AAD.8.3: guest invites only to specific external domains; expects default inbound B2B collaboration blocked, https://maester.dev/docs/tests/CISA.MS.AAD.8.3",
      "Microsoft Entra: Cross-tenant access overview — B2B collaboration is allowed for all external users and apps by default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const inbound = tenant.defaults.b2b.b2bCollaborationInbound;
      if (!grantsEverything(inbound)) continue;
      const declared = inbound.level !== "service";
      ctx.report({
        at: inbound.at,
        message: {
          what: `The default's inbound B2B collaboration${declared ? "" : " (Microsoft's service default, not declared)"} lets all users of every external organization into all applications.`,
          why: "Any Microsoft Entra organization not listed in `partners` can then be invited and reach every app that guests can be given; the CISA baseline (Maester CISA.MS.AAD.8.3) expects inbound collaboration limited to the organizations you choose. Blocking the default can cut off existing guests, so review partners first.",
          fix: "Block both halves of `default.b2bCollaborationInbound` (`AllUsers` and `AllApplications`, each `accessType: blocked`; one half alone is a `users-apps-conflict` error) and allow inbound B2B collaboration in the partner entries of the organizations you work with."
        }
      });
    }
  }
});

// rules/default-outbound-open.ts
init_access();
init_direct_connect();
init_knowledge();
var default_outbound_open_default = defineRule({
  id: "default-outbound-open",
  meta: {
    description: "The default's outbound B2B collaboration or outbound B2B direct connect is not blocked: your users can go to any external organization.",
    category: "posture",
    severity: strictOnly("warning"),
    compliance: ["zero-trust:21790", "zero-trust:25378", "cipp:ZTNA21790", "cipp:health-2"],
    sources: [
      "Microsoft Zero Trust Assessment test 21790: outbound cross-tenant access settings are configured (default outbound B2B collaboration and direct connect blocked), https://github.com/microsoft/zerotrustassessment/blob/main/src/powershell/tests/Test-Assessment.21790.ps1",
      "Microsoft Entra: Cross-tenant access overview — B2B collaboration outbound is allowed for all users and apps by default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of ["b2bCollaborationOutbound", "b2bDirectConnectOutbound"]) {
        const setting = tenant.defaults.b2b[name];
        if (!(name === "b2bDirectConnectOutbound" ? directConnectAllowed(setting) : grantsAnything(setting))) continue;
        const declared = setting.level !== "service";
        ctx.report({
          at: setting.at,
          message: {
            what: `The default's ${SETTING_LABEL[name]}${declared ? "" : " (Microsoft's service default, not declared)"} is not blocked: your users can ${name === "b2bCollaborationOutbound" ? "accept invitations from" : "join the shared channels of"} any external organization.`,
            why: "Unrestricted outbound access lets users take your data into organizations you have not vetted; Microsoft's Zero Trust Assessment (test 21790) expects the default outbound B2B collaboration and direct connect blocked, with the organizations you work with allowed as partners.",
            fix: `Block all users and all applications in \`default.${name}\`, and allow ${SETTING_LABEL[name]} in the partner entries of the organizations you work with.`
          }
        });
      }
    }
  }
});

// rules/default-specific-targets.ts
init_knowledge();
var UNSCOPABLE = ["b2bCollaborationInbound", "b2bDirectConnectInbound", "tenantRestrictions"];
var WHY = {
  b2bCollaborationInbound: `The default applies to every external organization, and Microsoft documents: "You cannot target users or groups in inbound default settings." A user or group object ID belongs to one organization; put it in that organization's partner entry.`,
  b2bDirectConnectInbound: `The default applies to every external organization, and Microsoft documents: "You cannot target users or groups in inbound default settings." A user or group object ID belongs to one organization; put it in that organization's partner entry.`,
  tenantRestrictions: `Microsoft documents for tenant restrictions: "Default settings can't be scoped to individual accounts or groups, so Applies to always equals All <your tenant> users and groups."`
};
function targetName(t) {
  return t.label ? `\`${t.target.value}\` (${t.label})` : `\`${t.target.value}\``;
}
var default_specific_targets_default = defineRule({
  id: "default-specific-targets",
  meta: {
    description: "The default inbound B2B collaboration or B2B direct connect settings, or the default tenant restrictions, target specific users or groups instead of `AllUsers`.",
    category: "validity",
    severity: always("error"),
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration and for B2B direct connect — "You cannot target users or groups in inbound default settings", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect',
      `Microsoft Entra: Set up tenant restrictions v2 — "Default settings can't be scoped to individual accounts or groups", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2`
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of UNSCOPABLE) {
        const setting = tenant.defaultDecl.b2b[name];
        if (!setting || setting.isNull) continue;
        for (const t of setting.usersAndGroups?.targets ?? []) {
          if (isKeyword(t.target.value) || t.targetType?.value === "application") continue;
          ctx.report({
            at: t.target.loc,
            message: {
              what: `The default's ${SETTING_LABEL[name]} targets ${targetName(t)} in \`usersAndGroups\`; the default can only target \`AllUsers\`.`,
              why: WHY[name] ?? "",
              fix: name === "tenantRestrictions" ? "Target `AllUsers` in the default, and scope users and groups in a partner entry for their organization." : "Target `AllUsers` in the default, and move specific users and groups to a partner entry for their organization."
            }
          });
        }
      }
    }
  }
});

// rules/device-trust-in-default.ts
var MEMBERS = {
  isCompliantDeviceAccepted: "compliant device",
  isHybridAzureADJoinedDeviceAccepted: "Microsoft Entra hybrid joined device"
};
var device_trust_in_default_default = defineRule({
  id: "device-trust-in-default",
  meta: {
    description: "Compliant or hybrid joined device claims trusted in `default`, that is, from every external organization.",
    category: "trust",
    severity: always("warning"),
    compliance: ["cipp:ExternalComplianceTrusted"],
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyInboundTrust — "Specifies whether compliant devices from external Azure AD organizations are trusted.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      "Microsoft Entra: Authentication and Conditional Access for B2B users — requiring a compliant or hybrid joined device of external users relies on inbound trust, https://learn.microsoft.com/entra/external-id/authentication-conditional-access",
      "CISA ScubaGear issue #18: implicit trust in foreign compliance policies, https://github.com/cisagov/ScubaGear/issues/18"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const [member, words2] of Object.entries(MEMBERS)) {
        const trust = tenant.defaults.inboundTrust[member];
        if (!trust.value) continue;
        ctx.report({
          at: trust.at,
          message: {
            what: `The default trusts ${words2} claims from every external organization (\`inboundTrust.${member}: true\`).`,
            why: `Your Conditional Access device requirements then accept any organization's ${words2 === "compliant device" ? "compliance verdict" : "hybrid join"}, decided by device policies you neither see nor control; the default applies to every organization not listed in \`partners\`.`,
            fix: `Set \`${member}: false\` in the default and trust device claims in the partner entries of the organizations whose device management you rely on.`
          }
        });
      }
    }
  }
});

// rules/direct-connect-cross-cloud.ts
init_levels();
init_tenants();
init_direct_connect();
init_knowledge();
var direct_connect_cross_cloud_default = defineRule({
  id: "direct-connect-cross-cloud",
  meta: {
    description: "B2B direct connect allowed with a partner in another Microsoft cloud, where Microsoft does not support it.",
    category: "trust",
    severity: always("error"),
    sources: [
      'Microsoft Entra: Cross-tenant access overview and Microsoft cloud settings — "B2B direct connect is not supported for collaboration with Microsoft Entra tenants in a different Microsoft cloud.", https://learn.microsoft.com/entra/external-id/cross-cloud-settings'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        if (!partner) return void 0;
        const cloud = partnerCloud(ctx.model, partner);
        if (cloud === tenant.cloud) return void 0;
        const problems = [];
        for (const name of ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"]) {
          const setting = settings.b2b[name];
          if (!directConnectAllowed(setting)) continue;
          const inbound = name === "b2bDirectConnectInbound";
          problems.push({
            key: `cross-cloud:${name}`,
            at: setting.at,
            // Its own `cloud` is what makes an inherited setting a problem for this partner (SPEC §2).
            ...partner.cloudLoc ? { partnerAt: partner.cloudLoc } : {},
            message: {
              what: `${levelOwner(partner)} ${SETTING_LABEL[name]} ${inbound ? `lets users of ${partner.label} in` : `lets your users into ${partner.label}`}, but ${partner.label} is in ${CLOUD_NAME[cloud]} and this tenant in ${CLOUD_NAME[tenant.cloud]}.`,
              why: "Microsoft does not support B2B direct connect with Microsoft Entra tenants in a different Microsoft cloud: the setting has no effect, and Teams shared channels with this organization will not work.",
              fix: `Block ${SETTING_LABEL[name]} for this partner; collaborate across clouds through B2B collaboration instead.`
            }
          });
        }
        return problems;
      });
    }
  }
});

// rules/direct-connect-in-default.ts
init_direct_connect();
init_knowledge();
var direct_connect_in_default_default = defineRule({
  id: "direct-connect-in-default",
  meta: {
    description: "B2B direct connect allowed in `default`, that is, with every external Microsoft Entra organization.",
    category: "trust",
    severity: always("warning"),
    compliance: ["cipp:health-3"],
    sources: [
      'Microsoft Entra: Cross-tenant access overview — by default "outbound B2B direct connect is blocked for your entire tenant, and inbound B2B direct connect is blocked for all external Microsoft Entra organizations", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      'Microsoft Entra: Configure cross-tenant access settings for B2B direct connect — "typically leave the default settings as-is" and enable direct connect per organization, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const name of ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"]) {
        const setting = tenant.defaults.b2b[name];
        if (!directConnectAllowed(setting)) continue;
        const inbound = name === "b2bDirectConnectInbound";
        ctx.report({
          at: setting.at,
          message: {
            what: `The default's ${SETTING_LABEL[name]} ${inbound ? "lets users of every external organization in" : "lets your users into every external organization"}.`,
            why: `The default applies to every Microsoft Entra organization not listed in \`partners\`; ${inbound ? "their users then reach your Teams shared channels without a guest account in your directory" : "your users can then join the shared channels of any organization that allows them"}. Microsoft blocks B2B direct connect by default and has you enable it per organization.`,
            fix: `Block ${SETTING_LABEL[name]} in the default and allow it in the partner entries of the organizations you share channels with.`
          }
        });
      }
    }
  }
});

// rules/direct-connect-mfa-trust.ts
init_levels();
init_direct_connect();
var direct_connect_mfa_trust_default = defineRule({
  id: "direct-connect-mfa-trust",
  meta: {
    description: "Inbound B2B direct connect allowed for an organization whose MFA is not trusted: where Conditional Access requires MFA, its users are blocked.",
    category: "trust",
    severity: always("error"),
    variants: ["error", "warning"],
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "If you want to allow B2B direct connect with an external organization and your Conditional Access policies require MFA, you must configure your trust settings so that your Conditional Access policies will accept MFA claims from the external organization.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      "Microsoft Entra: B2B direct connect overview — MFA trust is mandatory when Conditional Access requires MFA; users are otherwise blocked, https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const fact = tenant.facts.mfaRequiredForExternalUsers;
      if (fact && fact.value === false) continue;
      const required = fact?.value === true;
      checkLevels(ctx, tenant, (settings, partner) => {
        const inbound = settings.b2b.b2bDirectConnectInbound;
        const trust = settings.inboundTrust.isMfaAccepted;
        if (!directConnectAllowed(inbound) || trust.value) return void 0;
        const ownTrustChangesOutcome = partner !== void 0 && inbound.level !== "partner" && trust.level === "partner" && tenant.defaults.inboundTrust.isMfaAccepted.value;
        const at2 = ownTrustChangesOutcome ? trust.at : inbound.at;
        return {
          key: "direct-connect-without-mfa-trust",
          at: at2,
          severity: required ? "error" : "warning",
          message: {
            what: `${levelOwner(partner)} inbound B2B direct connect lets external users in, but MFA from their organization is not trusted (\`inboundTrust.isMfaAccepted\`).`,
            why: required ? "A Conditional Access policy in this tenant requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: true`), and B2B direct connect users cannot register MFA here: without MFA trust they are blocked, not challenged." : "If a Conditional Access policy in this tenant requires MFA of external users, B2B direct connect users are blocked, not challenged: they cannot register MFA here, and Microsoft says trust must accept their MFA. Declare `tenant.facts.mfaRequiredForExternalUsers` to make this finding exact.",
            fix: "Trust MFA from this organization (`inboundTrust.isMfaAccepted: true`), or block inbound B2B direct connect for it."
          }
        };
      });
    }
  }
});

// rules/direct-connect-mutual.ts
init_levels();
init_tenants();
init_direct_connect();
var OPPOSITE2 = {
  b2bDirectConnectInbound: "b2bDirectConnectOutbound",
  b2bDirectConnectOutbound: "b2bDirectConnectInbound"
};
function mismatch(side2, other, direction) {
  const mine = effectiveFor(side2, other.id);
  const setting = mine.settings.b2b[direction];
  if (!directConnectAllowed(setting)) return void 0;
  const theirs = effectiveFor(other, side2.id);
  const counterpart = theirs.settings.b2b[OPPOSITE2[direction]];
  if (directConnectAllowed(counterpart)) return void 0;
  const inbound = direction === "b2bDirectConnectInbound";
  const partner = mine.partner;
  const inherited = partner !== void 0 && !insidePartner(setting.at, partner);
  const related = [];
  if (inherited) related.push({ at: setting.at, message: "inherited from the default here" });
  const source = appliedSource(theirs, side2.label, counterpart);
  related.push({ at: source.at, message: `${possessive(other.label)} ${inbound ? "outbound" : "inbound"} B2B direct connect for ${side2.label}` });
  return {
    at: inherited ? partner.entryKey : setting.at,
    message: {
      what: inbound ? `${levelOwner(partner)} inbound B2B direct connect in ${side2.label} lets users of ${other.label} in, but ${possessive(other.label)} outbound B2B direct connect (${source.text}, ${where(source.at)}) lets none of its users out to ${side2.label}.` : `${levelOwner(partner)} outbound B2B direct connect in ${side2.label} lets users out to ${other.label}, but ${possessive(other.label)} inbound B2B direct connect (${source.text}, ${where(source.at)}) lets none of ${possessive(side2.label)} users in.`,
      why: "B2B direct connect works only when both organizations allow it, the resource tenant inbound and the home tenant outbound: one side alone has no effect, and Teams shared channels fail for these users.",
      fix: inbound ? `Allow outbound B2B direct connect for ${side2.label} in ${possessive(other.label)} file (${other.file.path}), or block inbound B2B direct connect for ${other.label} here.` : `Allow inbound B2B direct connect for ${side2.label} in ${possessive(other.label)} file (${other.file.path}), or block outbound B2B direct connect for ${other.label} here.`
    },
    related
  };
}
var direct_connect_mutual_default = defineRule({
  id: "direct-connect-mutual",
  meta: {
    description: "Two tenants declared in the repository whose B2B direct connect settings for each other do not match: one allows inbound, the other blocks outbound, or the reverse.",
    category: "multi-tenant",
    severity: always("error"),
    sources: [
      'Microsoft Entra: B2B direct connect overview — "B2B direct connect is possible only when both organizations allow access to and from the other organization", https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
      'Microsoft Entra: Cross-tenant access overview — direct connect "requires mutual configuration", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview'
    ]
  },
  check(ctx) {
    for (const [a, b] of declaredPairs(ctx.model)) {
      for (const [side2, other] of [
        [a, b],
        [b, a]
      ]) {
        for (const direction of ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"]) {
          const report = mismatch(side2, other, direction);
          if (report) ctx.report(report);
        }
      }
    }
  }
});

// rules/disable-needs-reason.ts
var disable_needs_reason_default = defineRule({
  id: "disable-needs-reason",
  meta: {
    description: "A suppression directive with no reason after `--`.",
    category: "directive",
    severity: always("warning"),
    sources: ["ESLint's directive descriptions (`-- reason`), https://eslint.org/docs/latest/use/configure/rules"]
  },
  check() {
  }
});

// rules/duplicate-partner.ts
init_levels();
init_tenants();
function partnerPlace(p) {
  return where(p.idLoc);
}
var duplicate_partner_default = defineRule({
  id: "duplicate-partner",
  meta: {
    description: "A partner tenant ID declared twice for one tenant, in the tenant file or across the partner files it includes.",
    category: "validity",
    checksForm: true,
    severity: always("error"),
    sources: [
      "Microsoft Graph: crossTenantAccessPolicyConfigurationPartner — `tenantId` is the key of the partner configuration (one configuration per tenant ID), https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partners of tenant.partnersById.values()) {
        if (partners.length < 2) continue;
        const [first, ...later] = partners;
        if (!first) continue;
        for (const p of later) {
          const same = p.file === first.file;
          ctx.report({
            at: p.idLoc,
            message: {
              what: `${levelName(p, true)}${p.name ? ` (\`${p.id}\`)` : ""} of tenant ${tenant.label} is declared again; it was first declared at ${partnerPlace(first)}.`,
              why: "Graph keeps one partner configuration per tenant ID (`tenantId` is its key), so two entries cannot both apply: which settings win is decided by file order, not by anyone reading the review.",
              fix: same ? "Merge the two entries into one and remove this one." : `Merge this entry into the one in ${first.file.path} (or move that one here) so the partner is declared once.`
            },
            related: [{ at: first.idLoc, message: "first declared here" }]
          });
        }
      }
    }
  }
});

// rules/duplicate-tenant.ts
init_tenants();
var duplicate_tenant_default = defineRule({
  id: "duplicate-tenant",
  meta: {
    description: "One tenant ID declared by two tenant files: a tenant has one set of cross-tenant access settings.",
    category: "validity",
    checksForm: true,
    severity: always("error"),
    sources: [
      "Microsoft Graph: crossTenantAccessPolicy is a singleton per tenant (`/policies/crossTenantAccessPolicy`, with one `default` and one `partners` collection), https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview"
    ]
  },
  check(ctx) {
    for (const same of ctx.model.tenantsById.values()) {
      const [first, ...later] = same;
      if (!first) continue;
      for (const t of later) {
        ctx.report({
          at: t.idLoc,
          message: {
            what: `Tenant ${t.label} (\`${t.id}\`) is declared again; it was first declared at ${where(first.idLoc)}.`,
            why: "A tenant has exactly one cross-tenant access policy: two files cannot both be its settings, and the rules that compare two tenants would silently read only the first.",
            fix: `Merge this file into ${first.file.path} (move its partners into a partner file that ${first.file.path} includes), or correct the tenant ID.`
          },
          related: [{ at: first.idLoc, message: "first declared here" }]
        });
      }
    }
  }
});

// rules/expired-disable.ts
var expired_disable_default = defineRule({
  id: "expired-disable",
  meta: {
    description: "A suppression directive whose `until YYYY-MM-DD` date has come: it suppresses nothing any more.",
    category: "directive",
    severity: always("warning"),
    sources: [
      "xtap-lint SPEC §3.7: a reason may end with `until YYYY-MM-DD`; from that date on the directive suppresses nothing",
      "Chef InSpec waivers with `expiration_date`, https://docs.chef.io/inspec/waivers/"
    ]
  },
  check() {
  }
});

// rules/include-unresolved.ts
var include_unresolved_default = defineRule({
  id: "include-unresolved",
  meta: {
    description: "An `include` that matches nothing or leaves the repository; a partner file included by no tenant or by two.",
    category: "validity",
    severity: always("error"),
    sources: ["xtap-lint declaration format, Partner files: a partner file belongs to the one tenant file whose include matches it, https://github.com/xtap-lint/xtap-lint/blob/main/docs/format.md#partner-files"]
  },
  check() {
  }
});

// rules/license-required.ts
init_levels();
init_direct_connect();
init_knowledge();
var P1_CONFIGURE = `Microsoft: "To configure trust settings or apply access settings to specific users, groups, or applications, you'll need a Microsoft Entra ID P1 license. The license is required on the tenant that you configure."`;
var P1_DIRECT_CONNECT = `Microsoft: "For B2B direct connect … you'll need a Microsoft Entra ID P1 license in both tenants."`;
var P1_TENANT_RESTRICTIONS = 'Microsoft lists "Microsoft Entra ID P1 or P2" as the prerequisite of tenant restrictions v2.';
var P1_SYNC = "Microsoft: cross-tenant synchronization of users needs a Microsoft Entra ID P1 license for each synchronized user in the source tenant; none is needed in the target tenant.";
var FIX_LICENSE = "if the tenant has Microsoft Entra ID P1 or P2, declare it (`tenant.license: p1`).";
var FREE_TARGETS = /* @__PURE__ */ new Set(["AllUsers", "AllApplications"]);
var LIST_SETTING_LABEL = {
  ...SETTING_LABEL,
  m365CollaborationInbound: "inbound Microsoft 365 collaboration",
  m365CollaborationOutbound: "outbound Microsoft 365 collaboration",
  appServiceConnectInbound: "inbound app service connect"
};
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function joinAnd(parts) {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function describeSpecific(list2) {
  const keywords = [];
  let specific = 0;
  for (const t of list2.targets ?? []) {
    const v = t.target.value;
    if (FREE_TARGETS.has(v)) continue;
    if (isKeyword(v)) {
      if (!keywords.includes(v)) keywords.push(v);
    } else specific++;
  }
  if (keywords.length === 0 && specific === 0) return void 0;
  const parts = [];
  if (keywords.length) parts.push(`the ${keywords.map((k) => `\`${k}\``).join(" and ")} ${keywords.length === 1 ? "keyword" : "keywords"}`);
  if (specific) parts.push(list2.half === "applications" ? plural(specific, "specific app", "specific apps") : plural(specific, "specific user or group", "specific users or groups"));
  return joinAnd(parts);
}
function sameAsService(list2, spec) {
  if (list2.accessType !== spec.accessType) return false;
  const ids = new Set(list2.targets.map((t) => t.id));
  const want = new Set(spec.targets.map((t) => t.target));
  return ids.size === want.size && [...want].every((w) => ids.has(w));
}
function partnerLicense(model, partner) {
  const own = model.tenantsById.get(partner.id)?.find((t) => t.license !== void 0);
  if (own?.license) return { license: own.license, from: "tenant-file" };
  if (partner.license) return { license: partner.license, from: "partner" };
  return void 0;
}
function licenseRelated(tenant) {
  return tenant.licenseLoc ? [{ at: tenant.licenseLoc, message: "the tenant is declared `license: free` here" }] : [];
}
var license_required_default = defineRule({
  id: "license-required",
  meta: {
    description: "A feature used where the Microsoft Entra ID licence it needs is declared absent: specific targets, trust, tenant restrictions or B2B direct connect in a free tenant; B2B direct connect or user sync with a partner declared free.",
    category: "best-practice",
    severity: always("error"),
    sources: [
      `Microsoft Entra: Cross-tenant access overview, Important considerations — "To configure trust settings or apply access settings to specific users, groups, or applications, you'll need a Microsoft Entra ID P1 license … For B2B direct connect … a Microsoft Entra ID P1 license in both tenants", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview`,
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — selecting specific users, groups or apps "requires a Microsoft Entra ID P1 or P2 subscription", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      'Microsoft Entra: Tenant restrictions v2, prerequisites — "Microsoft Entra ID P1 or P2", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
      "Microsoft Entra: Cross-tenant synchronization overview, licensing — P1 per synchronized user in the source tenant, https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview"
    ]
  },
  check(ctx) {
    const { model } = ctx;
    for (const tenant of model.tenants) {
      if (tenant.license === "free") checkFreeTenant(ctx, tenant);
      checkFreePartners(ctx, tenant);
    }
  }
});
function checkFreeTenant(ctx, tenant) {
  const related = licenseRelated(tenant);
  const levels = [
    { partner: void 0, decl: tenant.defaultDecl },
    ...tenant.partners.map((partner) => ({ partner, decl: partner.decl }))
  ];
  const report = (at2, message2) => ctx.report({ at: at2, message: message2, related });
  for (const { partner, decl } of levels) {
    const who = levelOwner(partner);
    for (const list2 of decl.lists) {
      const specific = describeSpecific(list2);
      if (!specific) continue;
      report(list2.key, {
        what: `${who} ${LIST_SETTING_LABEL[list2.setting] ?? list2.setting} \`${list2.half}\` list targets ${specific}, but tenant ${tenant.label} is declared \`license: free\`.`,
        why: `Targeting specific users, groups or applications needs Microsoft Entra ID P1. ${P1_CONFIGURE}`,
        fix: `Target only \`AllUsers\` and \`AllApplications\` in a free tenant; ${FIX_LICENSE}`
      });
    }
    for (const m of TRUST_MEMBERS) {
      const v = decl.inboundTrust?.members[m];
      if (v?.value !== true) continue;
      report(v.loc, {
        what: `${who} inbound trust sets \`${m}: true\`, but tenant ${tenant.label} is declared \`license: free\`.`,
        why: `Trust settings need Microsoft Entra ID P1. ${P1_CONFIGURE}`,
        fix: `Remove the trust setting (or set it to \`false\`); ${FIX_LICENSE}`
      });
    }
    const tr2 = decl.b2b.tenantRestrictions;
    if (tr2 && !tr2.isNull && (tr2.usersAndGroups || tr2.applications || tr2.devices)) {
      const eff = tenant.defaults.b2b.tenantRestrictions;
      const sd = SERVICE_DEFAULT.tenantRestrictions;
      const differs = partner !== void 0 || !sameAsService(eff.usersAndGroups, sd.usersAndGroups) || !sameAsService(eff.applications, sd.applications);
      if (differs) {
        report(tr2.key, {
          what: partner ? `${who} tenant restrictions are set, but tenant ${tenant.label} is declared \`license: free\`.` : `The default's tenant restrictions differ from Microsoft's default (block all), but tenant ${tenant.label} is declared \`license: free\`.`,
          why: `Tenant restrictions v2 need Microsoft Entra ID P1 or P2. ${P1_TENANT_RESTRICTIONS}`,
          fix: partner ? `Remove the partner's \`tenantRestrictions\`; ${FIX_LICENSE}` : `Remove \`tenantRestrictions\` from the default (Microsoft's default blocks all); ${FIX_LICENSE}`
        });
      }
    }
  }
  checkLevels(ctx, tenant, (settings, partner) => {
    const problems = [];
    for (const name of ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"]) {
      const s = settings.b2b[name];
      if (!directConnectAllowed(s)) continue;
      problems.push({
        key: `direct-connect:${name}`,
        at: s.at,
        related,
        message: {
          what: `${levelOwner(partner)} ${SETTING_LABEL[name]} is allowed, but tenant ${tenant.label} is declared \`license: free\`.`,
          why: `B2B direct connect needs Microsoft Entra ID P1 in both tenants. ${P1_DIRECT_CONNECT}`,
          fix: `Block B2B direct connect (Microsoft's default); ${FIX_LICENSE}`
        }
      });
    }
    return problems;
  });
}
function checkFreePartners(ctx, tenant) {
  for (const partner of tenant.partners) {
    const lic = partnerLicense(ctx.model, partner);
    if (lic?.license !== "free") continue;
    const whose = lic.from === "tenant-file" ? `its tenant file declares \`license: free\`` : "it is declared `license: free`";
    const related = lic.from === "tenant-file" ? (ctx.model.tenantsById.get(partner.id) ?? []).filter((t) => t.licenseLoc).slice(0, 1).map((t) => ({ at: t.licenseLoc, message: `${possessive(levelName(partner))} tenant file declares \`license: free\` here` })) : [];
    const fallbackAt = lic.from === "partner" && partner.licenseLoc ? partner.licenseLoc : partner.entryKey;
    const allowed = ["b2bDirectConnectInbound", "b2bDirectConnectOutbound"].filter((n) => directConnectAllowed(partner.effective.b2b[n]));
    if (allowed.length) {
      const own = allowed.find((n) => partner.effective.b2b[n].level === "partner");
      const at2 = own ? partner.effective.b2b[own].at : fallbackAt;
      const labels = allowed.map((n) => SETTING_LABEL[n]);
      ctx.report({
        at: at2,
        related,
        message: {
          what: `${levelOwner(partner)} ${joinAnd(labels)} ${allowed.length === 1 ? "is" : "are"} effectively allowed, but ${whose}.`,
          why: `B2B direct connect needs Microsoft Entra ID P1 in both tenants, so it cannot work with this partner. ${P1_DIRECT_CONNECT}`,
          fix: `Block B2B direct connect for this partner; if the partner has Microsoft Entra ID P1 or P2, correct its licence (\`license: p1\`).`
        }
      });
    }
    const sync = partner.identitySynchronization?.userSyncAllowed;
    if (sync?.value === true) {
      ctx.report({
        at: lic.from === "partner" && partner.licenseLoc ? partner.licenseLoc : sync.loc,
        related: [...related, ...lic.from === "partner" ? [{ at: sync.loc, message: "users sync from this partner here" }] : []],
        message: {
          what: `Users sync from ${levelName(partner)} (\`userSyncInbound.isSyncAllowed: true\`), but ${whose}.`,
          why: `Cross-tenant synchronization needs Microsoft Entra ID P1 in the source tenant, the partner. ${P1_SYNC}`,
          fix: "The partner needs P1 for each synchronized user; if it has Microsoft Entra ID P1 or P2, correct its licence (`license: p1`), else stop the sync."
        }
      });
    }
  }
}

// rules/mfa-registration-apps.ts
init_levels();
init_access();
init_knowledge();
var CRITICAL = [APPS.appAccessPanel.id, APPS.mySignIns.id];
var PORTAL = [APPS.myApps.id, APPS.myProfile.id];
var ALL_FOUR = [...CRITICAL, ...PORTAL];
var unreachableMemo = /* @__PURE__ */ new WeakMap();
function unreachableApps(setting, apps) {
  let memo = unreachableMemo.get(setting);
  if (!memo) unreachableMemo.set(setting, memo = /* @__PURE__ */ new Map());
  let hit = memo.get(apps);
  if (!hit) memo.set(apps, hit = computeUnreachable(setting, apps));
  return hit;
}
function computeUnreachable(setting, apps) {
  const U2 = setting.usersAndGroups;
  const A2 = setting.applications;
  const appClasses = appMembershipClasses(A2);
  const entering = userMembershipClasses(U2).filter((inU) => appClasses.some((inA) => accessFromMembership(U2.accessType, inU, A2.accessType, inA)));
  if (entering.length === 0) return [];
  return apps.filter((app) => {
    const inA = appInList(A2, app);
    return entering.some((inU) => !accessFromMembership(U2.accessType, inU, A2.accessType, inA));
  });
}
function listWords(setting) {
  return setting.applications.accessType === "allowed" ? "app allow list lacks" : "app block list contains";
}
function names(ids) {
  const labels = ids.map(appLabel);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
var mfa_registration_apps_default = defineRule({
  id: "mfa-registration-apps",
  meta: {
    description: "An effective B2B collaboration app list that keeps guests from the apps they need to register for MFA (Microsoft App Access Panel, My Sign-ins) or from My Apps and My Profile.",
    category: "best-practice",
    severity: always("error"),
    variants: ["error", "warning"],
    fixable: true,
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "include the following applications in your inbound and outbound collaboration settings", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const problems = [];
        const inbound = settings.b2b.b2bCollaborationInbound;
        const who = levelOwner(partner);
        const trusted = settings.inboundTrust.isMfaAccepted.value;
        const noMfaRequired = tenant.facts.mfaRequiredForExternalUsers?.value === false;
        const required = tenant.facts.mfaRequiredForExternalUsers?.value === true;
        const lockout = required ? "A Conditional Access policy in this tenant requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: true`), and guests must register for MFA here because MFA from their organization is not trusted: without these apps they cannot reach the registration pages, so they are locked out." : "Guests must register for MFA in this tenant because MFA from their organization is not trusted: as soon as a Conditional Access policy requires MFA of guests, they cannot reach the registration pages without these apps and are locked out. Declare `tenant.facts.mfaRequiredForExternalUsers` to make this finding exact.";
        const fixWords = (list2) => list2.accessType === "allowed" ? "Add the apps to the allow list (`xtap-lint --fix` does it)." : "Remove the apps from the block list.";
        const trust = settings.inboundTrust.isMfaAccepted;
        const ownTrust = partner !== void 0 && trust.level === "partner" && trust.value !== tenant.defaults.inboundTrust.isMfaAccepted.value ? trust.at : void 0;
        const ownHalf = (setting) => partner && setting.level === "partner" ? { partnerAt: setting.at } : {};
        const critical = unreachableApps(inbound, CRITICAL);
        for (const group of whereBlocked(inbound.applications, critical)) {
          const fix = addAppsFix(inbound.applications, group.apps);
          problems.push({
            key: `inbound-critical:${group.apps.join(",")}`,
            at: group.at,
            ...ownTrust ? { partnerAt: ownTrust } : ownHalf(inbound),
            severity: trusted || noMfaRequired ? "warning" : "error",
            message: {
              what: `${who} inbound B2B collaboration ${listWords(inbound)} ${names(group.apps)}.`,
              why: trusted ? "Guests cannot reach the MFA registration pages here; MFA from this organization is trusted, so only guests who must register here are affected." : noMfaRequired ? "Guests cannot reach the MFA registration pages here. The tenant declares that no Conditional Access policy requires MFA of external users (`tenant.facts.mfaRequiredForExternalUsers: false`), so nobody is locked out today — but guests will be the day such a policy is added." : lockout,
              fix: fixWords(inbound.applications)
            },
            ...fix ? { fix } : {}
          });
        }
        const portal = unreachableApps(inbound, PORTAL);
        for (const group of whereBlocked(inbound.applications, portal)) {
          const fix = addAppsFix(inbound.applications, group.apps);
          problems.push({
            key: `inbound-portal:${group.apps.join(",")}`,
            at: group.at,
            ...ownHalf(inbound),
            severity: "warning",
            message: {
              what: `${who} inbound B2B collaboration ${listWords(inbound)} ${names(group.apps)}.`,
              why: "Guests land on My Apps after redeeming an invitation and manage their account in My Profile; Microsoft recommends allowing both.",
              fix: fixWords(inbound.applications)
            },
            ...fix ? { fix } : {}
          });
        }
        const outbound = settings.b2b.b2bCollaborationOutbound;
        const out = unreachableApps(outbound, ALL_FOUR);
        for (const group of whereBlocked(outbound.applications, out)) {
          const fix = addAppsFix(outbound.applications, group.apps);
          problems.push({
            key: `outbound:${group.apps.join(",")}`,
            at: group.at,
            ...ownHalf(outbound),
            severity: "warning",
            message: {
              what: `${who} outbound B2B collaboration ${listWords(outbound)} ${names(group.apps)}.`,
              why: "Your users then cannot reach My Apps or register for MFA in the organizations they are invited to.",
              fix: fixWords(outbound.applications)
            },
            ...fix ? { fix } : {}
          });
        }
        return problems;
      });
    }
  }
});

// rules/mfa-trust-registration-policy.ts
init_levels();
var NAMED = 3;
var RELATED = 10;
var mfa_trust_registration_policy_default = defineRule({
  id: "mfa-trust-registration-policy",
  meta: {
    description: "MFA from external organizations trusted while the tenant does not declare that Identity Protection's MFA registration policy excludes guests (one finding per tenant).",
    category: "trust",
    severity: always("info"),
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "We recommend excluding external users from the Identity Protection MFA registration policy, if you are going to trust MFA for external users.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const fact = tenant.facts.mfaRegistrationPolicyExcludesGuests;
      if (fact?.value === true) continue;
      const levels = [];
      const defaultTrust = tenant.defaults.inboundTrust.isMfaAccepted;
      if (defaultTrust.value) levels.push({ name: "the default", at: defaultTrust.at });
      let inheriting = 0;
      for (const partner of tenant.partners) {
        const trust = partner.effective.inboundTrust.isMfaAccepted;
        if (!trust.value) continue;
        if (trust.level === "partner") levels.push({ name: levelName(partner), at: trust.at });
        else inheriting++;
      }
      const first = levels[0];
      if (!first) continue;
      const declaredFalse = fact?.value === false;
      const count = levels.length;
      const named = levels.slice(0, NAMED).map((l) => l.name);
      const more = count > NAMED ? `, and ${count - NAMED} more` : "";
      const inherit = inheriting && defaultTrust.value ? `; ${inheriting} partner${inheriting === 1 ? " inherits" : "s inherit"} the default's trust` : "";
      const at2 = declaredFalse && fact ? fact.loc : first.at;
      const related = levels.filter((l) => l.at !== at2).slice(0, RELATED).map((l) => ({ at: l.at, message: `MFA trusted by ${l.name} here` }));
      ctx.report({
        at: at2,
        related,
        message: {
          what: `MFA from external organizations is trusted (\`isMfaAccepted: true\`) at ${count} level${count === 1 ? "" : "s"} of tenant ${tenant.label} (${named.join(", ")}${more}${inherit}), while ${declaredFalse ? "Identity Protection's MFA registration policy includes guests (`tenant.facts.mfaRegistrationPolicyExcludesGuests: false`)" : "the tenant does not declare that Identity Protection's MFA registration policy excludes guests"}.`,
          why: "Microsoft recommends excluding external users from the MFA registration policy when you trust their MFA: otherwise guests who already did MFA at home are asked to register MFA here as well.",
          fix: "Exclude guests and external users from the Identity Protection MFA registration policy and declare `tenant.facts.mfaRegistrationPolicyExcludesGuests: true`."
        }
      });
    }
  }
});

// rules/partner-is-self.ts
init_levels();
var partner_is_self_default = defineRule({
  id: "partner-is-self",
  meta: {
    description: "A partner entry whose `tenantId` is the tenant's own ID.",
    category: "validity",
    checksForm: true,
    severity: always("error"),
    sources: [
      'Microsoft Graph: crossTenantAccessPolicyConfigurationPartner — `tenantId`: "The tenant identifier for the partner Microsoft Entra organization. Read-only. Key.", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      "Microsoft Entra: Cross-tenant access overview — cross-tenant access settings control collaboration with other Microsoft Entra organizations, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partner.id !== tenant.id) continue;
        ctx.report({
          at: partner.idLoc,
          message: {
            what: `${levelOwner(partner)} \`tenantId\` is the ID of tenant ${tenant.label} itself.`,
            why: "Cross-tenant access settings govern other Microsoft Entra organizations: a partner configuration is for an external tenant, and your own users never pass through your own tenant's cross-tenant settings, so this entry applies to nothing (or the request is rejected).",
            fix: "Correct the `tenantId` to the partner organization's tenant ID, or remove the entry."
          }
        });
      }
    }
  }
});

// rules/partner-owner-missing.ts
var partner_owner_missing_default = defineRule({
  id: "partner-owner-missing",
  meta: {
    description: "A partner entry with no `owner`: nobody answers for the partnership.",
    category: "hygiene",
    severity: strictOnly("warning"),
    sources: [
      "xtap-lint SPEC §1.1 and §3.8: `owner`, who answers for a partnership (not a Graph property)",
      "Microsoft Entra ID Governance: access reviews need a reviewer for each partnership, https://learn.microsoft.com/entra/id-governance/manage-guest-access-with-access-reviews"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partner.meta.owner) continue;
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `Partner ${partner.label} has no \`owner\`.`,
            why: "Without an owner nobody is asked when the partnership is reviewed, changes or should end, and a finding about it has no one to go to.",
            fix: "Add `owner:` with the person, team or mailbox that answers for this partnership (e.g. `owner: identity-team@contoso.com`)."
          }
        });
      }
    }
  }
});

// rules/partner-redundant.ts
init_levels();
init_tenants();

// src/resolve/equal.ts
init_knowledge();
function targetKey(t) {
  const type = t.type ?? (t.id === "AllUsers" ? "user" : APP_KEYWORDS.includes(t.id) ? "application" : "");
  return `${normalizeTarget(t.id)}\0${type}`;
}
function sameTargets(a, b) {
  const sa = new Set(a.map(targetKey));
  const sb = new Set(b.map(targetKey));
  if (sa.size !== sb.size) return false;
  for (const k of sa) if (!sb.has(k)) return false;
  return true;
}
function sameList(a, b) {
  if (a === b) return true;
  return a.accessType === b.accessType && sameTargets(a.targets, b.targets);
}
function sameB2B(a, b) {
  if (a === b) return true;
  return sameList(a.usersAndGroups, b.usersAndGroups) && sameList(a.applications, b.applications);
}
function canonicalJson(value, omit = []) {
  return JSON.stringify(sortKeys(value, omit)) ?? "null";
}
function sortKeys(value, omit) {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, omit));
  if (value && typeof value === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of Object.keys(value).sort()) {
      if (!omit.includes(k)) out[k] = sortKeys(value[k], omit);
    }
    return out;
  }
  return value === void 0 ? null : value;
}
function sameJson(a, b, omit = []) {
  return canonicalJson(a, omit) === canonicalJson(b, omit);
}
function sameEffective(a, b) {
  for (const name of B2B_SETTINGS) if (!sameB2B(a.b2b[name], b.b2b[name])) return false;
  for (const m of TRUST_MEMBERS) if (a.inboundTrust[m].value !== b.inboundTrust[m].value) return false;
  for (const m of CONSENT_MEMBERS) if (a.automaticUserConsentSettings[m].value !== b.automaticUserConsentSettings[m].value) return false;
  if (a.blockServiceProviderOutboundAccess.value !== b.blockServiceProviderOutboundAccess.value) return false;
  for (const name of OPAQUE_SETTINGS) if (a.opaque[name] !== b.opaque[name] && !sameJson(a.opaque[name].value, b.opaque[name].value, ["label"])) return false;
  return true;
}

// rules/partner-redundant.ts
init_knowledge();
function partnerReason(model, partner) {
  const cloud = partnerCloud(model, partner);
  if (cloud !== partner.tenant.cloud) return `it is in ${CLOUD_NAME[cloud]}`;
  const sync = partner.identitySynchronization;
  if (sync && !sync.isNull && (sync.userSyncAllowed?.value === true || sync.groupSyncAllowed?.value === true)) return "it has identity synchronization";
  if (partner.decl.readOnly.isServiceProvider?.value === true) return "it is a service provider";
  if (partner.decl.readOnly.isInMultiTenantOrganization?.value === true) return "it is in a multitenant organization";
  return void 0;
}
var partner_redundant_default = defineRule({
  id: "partner-redundant",
  meta: {
    description: "A partner whose effective settings equal the default's and that nothing else explains (another cloud, identity synchronization, service provider, multitenant organization).",
    category: "trust",
    severity: always("info"),
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "Organizational settings take precedence over default settings"; unset partner properties inherit the default, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        if (partnerReason(ctx.model, partner) !== void 0) continue;
        if (!sameEffective(partner.effective, tenant.defaults)) continue;
        ctx.report({
          at: partner.entryKey,
          message: {
            what: `${levelOwner(partner)} effective settings are the same as the default's.`,
            why: "An organization without a partner entry gets the default, so this entry changes nothing; it only makes the organization look specially configured and must be kept in step with the default.",
            fix: "Remove the entry, or declare the settings that should differ from the default."
          }
        });
      }
    }
  }
});

// rules/partner-removal-reverts.ts
init_levels();
init_tenants();
var partner_removal_reverts_default = defineRule({
  id: "partner-removal-reverts",
  meta: {
    description: "A partner removed since the base revision while the default is more permissive than its settings were: removing a partner reverts it to the default, it does not block it.",
    category: "change",
    severity: always("warning"),
    needsBase: true,
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "Organizational settings take precedence over default settings"; an organization not listed gets the default settings, https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      "Microsoft Graph: Delete crossTenantAccessPolicyConfigurationPartner — deleting the partner-specific configuration, https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-delete"
    ]
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { tenant, removed, at: at2 } of removedPartners(ctx.model, base)) {
      const wider = morePermissive(tenant.defaults, removed.effective);
      if (wider.length === 0) continue;
      ctx.report({
        at: at2,
        message: {
          what: `${partnerWithId(removed, true)} was removed from ${tenant.label} (at the base revision in ${where(removed.entryKey)}), and the default now applies to it, which allows more: ${wider.map((w) => `\`${w}\``).join(", ")}.`,
          why: "Removing a partner entry does not block the organization: it falls back to the default settings, which here let it do more than its own entry did.",
          fix: `To cut ${removed.label} off, keep its partner entry and block what it should not have; if the wider default access is intended, suppress this finding with a reason.`
        },
        related: [{ at: removed.entryKey, message: `${levelName(removed)} at the base revision` }]
      });
    }
  }
});

// rules/partner-review-overdue.ts
function daysBetween(from, to) {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || new Date(a).toISOString().slice(0, 10) !== from) return void 0;
  return Math.round((b - a) / 864e5);
}
var partner_review_overdue_default = defineRule({
  id: "partner-review-overdue",
  meta: {
    description: "A partner whose `reviewBy` date has passed: the partnership's access review is overdue.",
    category: "hygiene",
    severity: always("warning"),
    sources: [
      "xtap-lint SPEC §1.1 and §3.8: `reviewBy`, the date of the next access review of a partnership (not a Graph property)",
      "Microsoft Entra ID Governance: access reviews of guest access and of B2B partners, https://learn.microsoft.com/entra/id-governance/manage-guest-access-with-access-reviews"
    ]
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    for (const tenant of ctx.model.tenants) {
      for (const partner of tenant.partners) {
        const review = partner.meta.reviewBy;
        if (!review || !(review.value < now)) continue;
        const days = daysBetween(review.value, now);
        if (days === void 0) continue;
        ctx.report({
          at: review.loc,
          message: {
            what: `The access review of partner ${partner.label} was due on ${review.value} (\`reviewBy\`), ${days} day${days === 1 ? "" : "s"} ago.`,
            why: "Until someone reviews it, nobody has confirmed that the partnership and the access it grants are still needed; stale partnerships keep trust and access open long after a project ends.",
            fix: `Review the partnership${partner.meta.owner ? ` with its owner (${partner.meta.owner.value})` : ""}, then set \`reviewBy\` to the date of the next review, or remove the entry if the partnership has ended.`
          }
        });
      }
    }
  }
});

// rules/read-only-property.ts
init_levels();
var read_only_property_default = defineRule({
  id: "read-only-property",
  meta: {
    description: "`isServiceDefault`, `isServiceProvider` or `isInMultiTenantOrganization` declared: service-managed properties that are ignored on export.",
    category: "validity",
    checksForm: true,
    severity: always("warning"),
    sources: [
      "Microsoft Graph: the update pages of crossTenantAccessPolicyConfigurationDefault and crossTenantAccessPolicyConfigurationPartner list neither property among those that can be updated, https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-update"
    ]
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      for (const name of READ_ONLY) {
        const v = decl.readOnly[name];
        if (!v) continue;
        ctx.report({
          at: v.key,
          message: {
            what: `\`${name}\` on ${levelName(partner)} is managed by Microsoft's service and is ignored on export.`,
            why: "Microsoft Graph sets this property itself and accepts no update of it, so the value written here changes nothing and can drift from the tenant.",
            fix: "Remove the property (an import brings it along); to keep it as a record of the imported state, disable this rule for the file."
          }
        });
      }
    }
  }
});

// rules/redemption-order.ts
init_knowledge();
var SENTINEL2 = "unknownFutureValue";
var list = (xs) => xs.map((x) => `\`${x}\``).join(", ");
var isPrimary = (v) => PRIMARY_PROVIDERS.includes(v);
var isFallback = (v) => FALLBACK_PROVIDERS.includes(v);
var PROVIDERS = [...PRIMARY_PROVIDERS, ...FALLBACK_PROVIDERS];
var DOC2 = "Microsoft Graph documents `primaryIdentityProviderPrecedenceOrder` as a precedence order of `azureActiveDirectory`, `externalFederation` and `socialIdentityProviders`, and `fallbackIdentityProvider` as one of `defaultConfiguredIdp`, `emailOneTimePasscode` and `microsoftAccount`";
var redemption_order_default = defineRule({
  id: "redemption-order",
  meta: {
    description: "The default's invitation redemption order: a primary identity provider outside the three allowed or repeated; a fallback identity provider missing or not one of the three allowed.",
    category: "validity",
    severity: always("error"),
    sources: [
      'Microsoft Graph: invitationRedemptionIdentityProviderConfiguration — primary "Possible values are: azureActiveDirectory, externalFederation, or socialIdentityProviders"; fallback "Possible values are: defaultConfiguredIdp, emailOneTimePasscode, or microsoftAccount"; "Fallback identity providers are used when no primary identity provider is available and must always be specified", https://learn.microsoft.com/graph/api/resources/invitationredemptionidentityproviderconfiguration',
      `Microsoft Entra: Cross-tenant access overview — "You can't disable both fallback identity providers", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview`
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const r = tenant.defaultDecl.invitationRedemption;
      if (!r || r.isNull) continue;
      const seen = /* @__PURE__ */ new Map();
      for (const p of r.primary ?? []) {
        const v = p.value;
        if (v === SENTINEL2 || !PROVIDERS.includes(v)) continue;
        if (!isPrimary(v)) {
          ctx.report({
            at: p.loc,
            message: {
              what: `The default's invitation redemption lists \`${v}\` as a primary identity provider; \`${v}\` can only be the fallback.`,
              why: `${DOC2}.`,
              fix: `Remove \`${v}\` from \`primaryIdentityProviderPrecedenceOrder\`; to use it when no primary provider applies, set \`fallbackIdentityProvider: ${v}\`.`
            }
          });
          continue;
        }
        const count = seen.get(v) ?? 0;
        seen.set(v, count + 1);
        if (count > 0) {
          ctx.report({
            at: p.loc,
            message: {
              what: `The default's invitation redemption lists the primary identity provider \`${v}\` more than once.`,
              why: "The list is a precedence order, so each provider has one place in it; Microsoft documents no meaning for a repeated entry, and the request may be rejected.",
              fix: `Remove the repeated \`${v}\`, keeping it at the place it should take in the order.`
            }
          });
        }
      }
      if (!r.hasFallback) {
        ctx.report({
          at: r.key,
          message: {
            what: "The default's `invitationRedemptionIdentityProviderConfiguration` has no `fallbackIdentityProvider`.",
            why: 'Microsoft Graph: fallback identity providers "are used when no primary identity provider is available and must always be specified"; the admin center does not let you disable both fallback providers.',
            fix: `Add \`fallbackIdentityProvider\`: one of ${list(FALLBACK_PROVIDERS)} (\`defaultConfiguredIdp\` is the service default; \`emailOneTimePasscode\` keeps Microsoft accounts out).`
          }
        });
      } else if (r.fallback && r.fallback.value !== SENTINEL2 && PROVIDERS.includes(r.fallback.value) && !isFallback(r.fallback.value)) {
        const v = r.fallback.value;
        ctx.report({
          at: r.fallback.loc,
          message: {
            what: `The default's invitation redemption sets \`${v}\` as the fallback identity provider; \`${v}\` can only be a primary provider.`,
            why: `${DOC2}.`,
            fix: `Set \`fallbackIdentityProvider\` to one of ${list(FALLBACK_PROVIDERS)}, and list \`${v}\` in \`primaryIdentityProviderPrecedenceOrder\` instead.`
          }
        });
      }
    }
  }
});

// rules/rms-outbound.ts
init_levels();
init_access();
init_knowledge();
var RMS = APPS.rightsManagement.id;
function reachesWith(setting, targets) {
  return someUserCanUse({ usersAndGroups: setting.usersAndGroups, applications: { accessType: setting.applications.accessType, targets } }, RMS);
}
function someUsersBlocked(setting) {
  const U2 = setting.usersAndGroups;
  if (U2.accessType !== "blocked" || U2.targets.length === 0 || U2.targets.some((t) => t.id === "AllUsers")) return false;
  const inA = appInList(setting.applications, RMS);
  const can = (inU) => accessFromMembership(U2.accessType, inU, setting.applications.accessType, inA);
  return userMembershipClasses(U2).includes(true) && !can(true) && can(false);
}
function letsNobodyOut(setting) {
  const users = setting.usersAndGroups;
  return users.accessType === "blocked" ? users.targets.some((t) => t.id === "AllUsers") : users.targets.length === 0;
}
function remedy(setting) {
  const apps = setting.applications;
  if (apps.accessType === "allowed") return reachesWith(setting, [...apps.targets, { id: RMS }]) ? "add" : "rework";
  const rest = apps.targets.filter((t) => t.id !== RMS);
  return rest.length < apps.targets.length && reachesWith(setting, rest) ? "remove" : "rework";
}
var rms_outbound_default = defineRule({
  id: "rms-outbound",
  meta: {
    description: "Effective outbound B2B collaboration blocks Microsoft Rights Management Services for all users (warning) or for the specific users and groups it blocks (info), so encrypted mail from partners cannot be read.",
    category: "best-practice",
    severity: always("warning"),
    compliance: ["zero-trust:35002"],
    variants: ["warning", "info"],
    fixable: true,
    sources: [
      'Microsoft Entra: Cross-tenant access overview — "If you block access to all apps by default, users will be unable to read emails encrypted with Microsoft Rights Management Service", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      "Zero Trust Assessment test 35002, https://github.com/microsoft/zerotrustassessment/pull/720"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const outbound = settings.b2b.b2bCollaborationOutbound;
        if (someUserCanUse(outbound, RMS)) {
          if (!someUsersBlocked(outbound)) return void 0;
          const users = outbound.usersAndGroups;
          const only = users.targets.length === 1 ? users.targets[0] : void 0;
          const named = users.targets.map((t) => t.decl?.label ? `${t.decl.label} (${t.id})` : t.id);
          return {
            key: "rms-blocked-for-some",
            at: only?.decl ? only.decl.target.loc : users.at,
            severity: "info",
            message: {
              what: `${levelOwner(partner)} outbound B2B collaboration blocks ${appLabel(RMS)} for the users it blocks (${named.slice(0, 3).join(", ")}${named.length > 3 ? `, and ${named.length - 3} more` : ""}).`,
              why: "These users cannot open mail that partners encrypt with Rights Management (OME, sensitivity labels). Microsoft's own example blocks a group such as interns and temporary staff outbound; if they should still read encrypted mail, let them reach this app.",
              fix: `If these users should read encrypted mail from partners, allow them ${RMS}: block the other apps with an app block list that leaves it out, instead of all applications.`
            }
          };
        }
        const how = remedy(outbound);
        const fix = how === "add" ? addAppsFix(outbound.applications, [RMS]) : void 0;
        const member = whereBlocked(outbound.applications, [RMS])[0]?.at;
        const at2 = member ?? (outbound.applications.decl ? outbound.applications.at : outbound.at);
        const ownCause = partner !== void 0 && outbound.usersAndGroups.level === "partner" && letsNobodyOut(outbound) && !letsNobodyOut(tenant.defaults.b2b.b2bCollaborationOutbound);
        return {
          key: ownCause ? "rms-blocked:own-users" : "rms-blocked",
          at: at2,
          ...partner && outbound.level === "partner" ? { partnerAt: outbound.at } : {},
          ...ownCause ? { ownCause } : {},
          message: {
            what: `${levelOwner(partner)} outbound B2B collaboration blocks ${appLabel(RMS)} for all users.`,
            why: 'Your users cannot open mail that partners encrypt with Rights Management (OME, sensitivity labels): "If you block access to all apps by default, users will be unable to read emails encrypted with Microsoft Rights Management Service."',
            fix: how === "add" ? `Add the app to the outbound allow list${fix ? " (`xtap-lint --fix` does it)" : ""}.` : how === "remove" ? `Remove ${RMS} from the outbound app block list.` : `Allow your users outbound and use an app allow list that contains ${RMS}.`
          },
          ...fix ? { fix } : {}
        };
      });
    }
  }
});

// rules/schema.ts
var schema_default = defineRule({
  id: "schema",
  meta: {
    description: "A JSON Schema violation: unknown or misspelled property, wrong type, bad enum value, malformed GUID, missing required key.",
    category: "validity",
    severity: always("error"),
    fixable: true,
    sources: [
      "Microsoft Graph v1.0 and beta metadata for crossTenantAccessPolicy, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview",
      "Graph property names are case-sensitive: microsoftgraph/msgraph-sdk-powershell#3320, https://github.com/microsoftgraph/msgraph-sdk-powershell/issues/3320; Microsoft365DSC#7272, https://github.com/Microsoft365DSC/Microsoft365DSC/issues/7272"
    ]
  },
  check() {
  }
});

// rules/service-provider-removal.ts
init_levels();
init_tenants();
var service_provider_removal_default = defineRule({
  id: "service-provider-removal",
  meta: {
    description: "A partner that is a cloud service provider for the tenant (`isServiceProvider: true` at the base revision) removed: Microsoft does not let you remove it.",
    category: "change",
    severity: always("error"),
    needsBase: true,
    sources: [
      `Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "If the organization is a cloud service provider for your organization (the isServiceProvider property in the Microsoft Graph partner-specific configuration is true), you won't be able to remove the organization.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration`
    ]
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { tenant, removed, at: at2 } of removedPartners(ctx.model, base)) {
      const flag = removed.decl.readOnly.isServiceProvider;
      if (flag?.value !== true) continue;
      ctx.report({
        at: at2,
        message: {
          what: `${partnerWithId(removed, true)} was removed from ${tenant.label}, but it is a cloud service provider for this tenant (\`isServiceProvider: true\` at the base revision in ${where(flag.loc)}).`,
          why: "Microsoft does not let you remove an organization that is a cloud service provider for your tenant: the deletion is refused, and the declaration no longer matches the tenant.",
          fix: `Restore the partner entry for ${removed.label}; end the service provider relationship first if it should go.`
        },
        related: [{ at: removed.entryKey, message: `${levelName(removed)} at the base revision` }]
      });
    }
  }
});

// rules/sync-automatic-redemption.ts
init_levels();
var sync_automatic_redemption_default = defineRule({
  id: "sync-automatic-redemption",
  meta: {
    description: "Cross-tenant synchronization allowed from a partner whose inbound automatic redemption (`automaticUserConsentSettings.inboundAllowed`) is not turned on.",
    category: "trust",
    severity: always("error"),
    sources: [
      'Microsoft Entra: automatic redemption — "Required" for cross-tenant synchronization, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      "Microsoft Entra: Cross-tenant synchronization overview — the target tenant allows users sync into this tenant and enables automatic redemption, https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview"
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const sync = partner?.identitySynchronization;
        if (!partner || !sync || sync.isNull || sync.userSyncAllowed?.value !== true) return void 0;
        const consent = settings.automaticUserConsentSettings.inboundAllowed;
        if (consent.value) return void 0;
        return {
          key: "sync-without-automatic-redemption",
          at: sync.userSyncAllowed.loc,
          message: {
            what: `${levelOwner(partner)} identity synchronization lets users sync in from ${partner.label}, but its effective \`automaticUserConsentSettings.inboundAllowed\` is not true.`,
            why: "Microsoft lists automatic redemption as required for cross-tenant synchronization, inbound in the target tenant and outbound in the source tenant: without it, synchronization from this organization does not work as configured.",
            fix: `Set \`automaticUserConsentSettings.inboundAllowed: true\` on this partner; ${partner.label} must also set \`outboundAllowed: true\` for this tenant.`
          }
        };
      });
    }
  }
});

// rules/sync-inbound-blocked.ts
init_levels();
init_access();
var sync_inbound_blocked_default = defineRule({
  id: "sync-inbound-blocked",
  meta: {
    description: "Cross-tenant synchronization allowed from a partner while effective inbound B2B collaboration lets none of that partner's users in.",
    category: "trust",
    severity: always("warning"),
    sources: [
      'Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "If you have configured cross-tenant synchronization, blocking access for all external users and groups can block cross-tenant sync.", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const sync = partner?.identitySynchronization;
        if (!partner || !sync || sync.isNull || sync.userSyncAllowed?.value !== true) return void 0;
        const inbound = settings.b2b.b2bCollaborationInbound;
        if (grantsAnything(inbound)) return void 0;
        const node = blocksAllUsers(inbound.usersAndGroups) ? inbound.usersAndGroups.at : blocksAllApps(inbound.applications) ? inbound.applications.at : inbound.at;
        const own = insidePartner(node, partner);
        return {
          key: "sync-inbound-blocked",
          // Blocked by the default: the partner's own sync is what makes it a problem, so point there.
          at: own ? node : sync.userSyncAllowed.loc,
          message: {
            what: `${levelOwner(partner)} identity synchronization lets users sync in from ${partner.label}, but its effective inbound B2B collaboration${own ? "" : " (inherited from the default)"} lets none of ${possessive(partner.label)} users in.`,
            why: "Synchronized users are B2B collaboration users of this tenant; Microsoft warns that blocking access for all external users and groups can block cross-tenant synchronization.",
            fix: `Allow ${possessive(partner.label)} synchronized users inbound B2B collaboration on this partner (\`b2bCollaborationInbound\`), or stop the synchronization.`
          },
          ...own ? {} : { related: [{ at: node, message: "inbound B2B collaboration blocked here" }] }
        };
      });
    }
  }
});

// rules/syntax.ts
var syntax_default = defineRule({
  id: "syntax",
  meta: {
    description: "A file that cannot be read as YAML: syntax errors, duplicate keys, alias bombs, binary or non-UTF-8 content, size limit, unreadable files, symlinks out of the repository.",
    category: "validity",
    severity: always("error"),
    sources: ["YAML 1.2.2 specification, https://yaml.org/spec/1.2.2/"]
  },
  check() {
  }
});

// rules/target-type-mismatch.ts
init_levels();
init_knowledge();
var KEYWORD_TYPE = { AllUsers: "user", AllApplications: "application", AllMicrosoftApps: "application", Office365: "application" };
var LIST_SETTING_LABEL2 = {
  ...SETTING_LABEL,
  m365CollaborationInbound: "inbound Microsoft 365 collaboration",
  m365CollaborationOutbound: "outbound Microsoft 365 collaboration",
  appServiceConnectInbound: "inbound app service connect"
};
var WHY2 = "Graph matches a target by its type: a mismatched target applies to nothing, or the request is rejected.";
function problem(list2, t) {
  const type = t.targetType?.value;
  const target = t.target.value;
  const forApps = list2.half === "applications";
  if (isKeyword(target)) {
    const want = KEYWORD_TYPE[target];
    if (forApps && want === "user") return { what: `contains the user keyword \`${target}\``, fix: "Move it to `usersAndGroups`." };
    if (!forApps && want === "application") return { what: `contains the app keyword \`${target}\``, fix: "Move it to `applications`." };
  }
  if (type === void 0 || type === "unknownFutureValue") return void 0;
  if (isKeyword(target)) {
    const want = KEYWORD_TYPE[target];
    if (type !== want) return { what: `gives \`${target}\` the targetType \`${type}\`; it must be \`${want}\``, fix: `Set \`targetType: ${want}\` (\`xtap-lint --fix\` does it).`, fixTo: want };
    return void 0;
  }
  if (forApps && type !== "application") {
    return { what: `contains a \`${type}\` target`, fix: "Move it to `usersAndGroups`, or set `targetType: application` if it is an app ID." };
  }
  if (!forApps && type === "application") {
    return { what: "contains an `application` target", fix: list2.half === "users" ? "Remove it, or set `targetType: user` if it is a user ID." : "Move it to `applications`, or set `targetType` to `user` or `group`." };
  }
  return void 0;
}
var target_type_mismatch_default = defineRule({
  id: "target-type-mismatch",
  meta: {
    description: "A target whose `targetType` does not fit it: `AllUsers` not `user`, an app keyword not `application`, apps among users and groups, users or groups among applications.",
    category: "validity",
    severity: always("error"),
    fixable: true,
    sources: [
      "Microsoft Graph crossTenantAccessPolicyTarget: keywords and target types, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget",
      "Microsoft365DSC MSFT_AADCrossTenantAccessPolicyTarget ValueMap, https://microsoft.github.io/Microsoft365DSC/resources/azure-ad/AADCrossTenantAccessPolicyConfigurationDefault/"
    ]
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      for (const list2 of decl.lists) {
        for (const t of list2.targets ?? []) {
          const p = problem(list2, t);
          if (!p) continue;
          const fix = p.fixTo && t.targetType ? setScalarFix(t.targetType.loc, p.fixTo, `set targetType to ${p.fixTo}`) : void 0;
          ctx.report({
            at: t.target.loc,
            message: { what: `${levelOwner(partner)} ${LIST_SETTING_LABEL2[list2.setting] ?? list2.setting} \`${list2.half}\` list ${p.what}.`, why: WHY2, fix: p.fix },
            ...fix ? { fix } : {}
          });
        }
      }
    }
  }
});

// rules/tenant-restrictions-default.ts
init_access();
var tenant_restrictions_default_default = defineRule({
  id: "tenant-restrictions-default",
  meta: {
    description: "The default's tenant restrictions do not block all users and all applications: external identities can be used on your network and devices.",
    category: "posture",
    severity: strictOnly("warning"),
    compliance: ["zero-trust:21793", "zero-trust:25377", "cipp:ZTNA21793", "cipp:health-5"],
    sources: [
      "Microsoft Zero Trust Assessment test 21793: tenant restrictions v2 default policy blocks all external access, https://github.com/microsoft/zerotrustassessment/blob/main/src/powershell/tests/Test-Assessment.21793.ps1",
      'Microsoft Entra: Tenant restrictions v2 — "Keep the tenant restrictions v2 default policy that blocks all external tenant access", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const tr2 = tenant.defaults.b2b.tenantRestrictions;
      if (!grantsAnything(tr2)) continue;
      ctx.report({
        at: tr2.at,
        message: {
          what: "The default's tenant restrictions let some users use external accounts for some apps: they do not block all users and all applications.",
          why: "Tenant restrictions keep people on your network and devices from signing in with accounts of other organizations and taking data there; Microsoft recommends a default that blocks all external tenant access (Zero Trust Assessment test 21793), with exceptions per partner.",
          fix: "Set `default.tenantRestrictions` to block `AllUsers` and `AllApplications`, and allow the organizations you trust in their partner entries."
        }
      });
    }
  }
});

// rules/tenant-restrictions-devices.ts
init_levels();
var tenant_restrictions_devices_default = defineRule({
  id: "tenant-restrictions-devices",
  meta: {
    description: "`tenantRestrictions.devices` set: Microsoft Graph documents the property as not supported by the service yet.",
    category: "validity",
    severity: always("warning"),
    sources: [
      `Microsoft Graph: crossTenantAccessPolicyTenantRestrictions — devices "isn't supported on the server side yet", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytenantrestrictions`
    ]
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      const devices = decl.b2b.tenantRestrictions?.devices;
      if (!devices) continue;
      ctx.report({
        at: devices.key,
        message: {
          what: `${levelOwner(partner)} tenant restrictions set \`devices\`.`,
          why: "Microsoft Graph documents this device filter as not supported on the server side yet: it does not restrict any device.",
          fix: "Remove `devices`, and restrict by users, groups and applications instead."
        }
      });
    }
  }
});

// rules/unknown-future-value.ts
init_knowledge();
var CHOICES = /* @__PURE__ */ new Map([
  ["accessType", ["allowed", "blocked"]],
  ["mode", ["allowed", "blocked"]],
  ["targetType", ["user", "group", "application"]],
  ["primaryIdentityProviderPrecedenceOrder", PRIMARY_PROVIDERS],
  ["fallbackIdentityProvider", FALLBACK_PROVIDERS]
]);
var unknown_future_value_default = defineRule({
  id: "unknown-future-value",
  meta: {
    description: "Graph's enumeration sentinel `unknownFutureValue` used as a value (an access type, a target type, a device filter mode, an identity provider).",
    category: "validity",
    checksForm: true,
    severity: always("error"),
    sources: [
      "Microsoft Graph: evolvable enumerations end with the sentinel member `unknownFutureValue`, a placeholder that marks the end of the known members, not a setting — https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations",
      "Microsoft Graph: crossTenantAccessPolicyTargetConfiguration, crossTenantAccessPolicyTarget, devicesFilter and invitationRedemptionIdentityProviderConfiguration list the usable members, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytargetconfiguration"
    ]
  },
  check(ctx) {
    for (const hit of ctx.model.sentinels) {
      const choices = hit.key !== void 0 ? CHOICES.get(hit.key) : void 0;
      ctx.report({
        at: hit.at,
        message: {
          what: `\`${SENTINEL}\` is used as the value of \`${hit.path || "(document)"}\`.`,
          why: `\`${SENTINEL}\` is the sentinel that ends every Microsoft Graph evolvable enumeration: a placeholder for members added later, not a setting. Graph documents no meaning for it as an input, so the setting does not say what it does.`,
          fix: choices ? `Use one of the documented values: ${choices.map((c) => `\`${c}\``).join(", ")}.` : "Use one of the documented values of this property."
        }
      });
    }
  }
});

// rules/unsupported-target.ts
init_levels();
init_knowledge();
var ADMIN_PORTALS = "MicrosoftAdminPortals";
var PORTAL_APPS = [APPS.azurePortal.id, APPS.securityCompliance.id];
function listName(owner, list2) {
  const setting = SETTING_LABEL[list2.setting] ?? `\`${list2.setting}\``;
  return `${owner} ${setting} \`${list2.half}\` list`;
}
var unsupported_target_default = defineRule({
  id: "unsupported-target",
  meta: {
    description: "A target that is neither a GUID nor a documented keyword, the `MicrosoftAdminPortals` keyword, or specific users or groups in tenant restrictions for Microsoft Accounts.",
    category: "validity",
    checksForm: true,
    fixable: true,
    severity: always("error"),
    sources: [
      "Microsoft Graph: crossTenantAccessPolicyTarget — a target is an object or app ID, AllUsers, AllApplications, AllMicrosoftApps or Office365, https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget",
      `Microsoft Entra: Configure cross-tenant access settings for B2B collaboration — "You can't add the Microsoft Admin Portals app … use the Microsoft Graph API to individually add the following apps", https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration`,
      `Microsoft Entra: Tenant restrictions v2 — "User granularity isn't supported with Microsoft Accounts", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2`
    ]
  },
  check(ctx) {
    for (const { partner, decl } of declarations(ctx.model)) {
      const owner = levelOwner(partner);
      for (const list2 of decl.lists) {
        for (const t of list2.targets ?? []) {
          const value = t.target.value;
          if (value === ADMIN_PORTALS) {
            ctx.report({
              at: t.target.loc,
              message: {
                what: `${listName(owner, list2)} targets \`${ADMIN_PORTALS}\`.`,
                why: "`MicrosoftAdminPortals` is a Conditional Access keyword; Microsoft documents that the Microsoft Admin Portals app cannot be added to cross-tenant access settings.",
                fix: `Add the portal apps one by one: ${PORTAL_APPS.map(appLabel).join(" and ")}.`
              }
            });
          } else if (!isGuid(value) && !isKeyword(value)) {
            const near = suggest(value, KEYWORDS);
            const fix = valueCasingFix(t.target.loc, value, near);
            ctx.report({
              ...fix ? { fix } : {},
              at: t.target.loc,
              message: {
                what: `${listName(owner, list2)} targets \`${value}\`, which is neither a GUID nor a target keyword${near ? ` (did you mean \`${near}\`?)` : ""}.`,
                why: "Microsoft Graph accepts as a target only the object ID of a user or group, the app ID of an application, or one of the keywords AllUsers, AllApplications, AllMicrosoftApps and Office365 (case-sensitive).",
                fix: near ? `Write \`${near}\`.` : "Write the object ID or app ID (a GUID), or one of the four keywords; put a name in `label:`."
              }
            });
          } else if (partner?.id === TENANTS.microsoftAccounts && list2.setting === "tenantRestrictions" && list2.half === "usersAndGroups" && isGuid(value)) {
            ctx.report({
              at: t.target.loc,
              message: {
                what: `${listName(owner, list2)} targets \`${value}\`, a specific user or group of Microsoft Accounts.`,
                why: "Microsoft documents that user granularity is not supported with Microsoft Accounts in tenant restrictions: only all users can be targeted.",
                fix: "Target `AllUsers` (targetType `user`), and restrict by applications instead."
              }
            });
          }
        }
      }
    }
  }
});

// rules/unused-disable.ts
var unused_disable_default = defineRule({
  id: "unused-disable",
  meta: {
    description: "A suppression directive that suppresses nothing.",
    category: "directive",
    severity: always("warning"),
    sources: ["ESLint's --report-unused-disable-directives, https://eslint.org/docs/latest/use/command-line-interface"]
  },
  check() {
  }
});

// rules/users-apps-conflict.ts
init_levels();
init_access();
init_knowledge();
var hasAllUsers2 = (list2) => list2.targets.some((t) => t.id === "AllUsers");
var hasAllApps = (list2) => list2.targets.some((t) => t.id === "AllApplications");
function fullyBlocked(setting) {
  const U2 = setting.usersAndGroups;
  const A2 = setting.applications;
  return U2.accessType === "blocked" && hasAllUsers2(U2) && A2.accessType === "blocked" && hasAllApps(A2);
}
function conflictOf(setting) {
  if (fullyBlocked(setting)) return void 0;
  const U2 = setting.usersAndGroups;
  const A2 = setting.applications;
  if (!grantsAnything(setting)) {
    if (U2.accessType === "allowed" && U2.targets.length === 0 || A2.accessType === "allowed" && A2.targets.length === 0) return "empty-allow";
    if (U2.accessType === "allowed" && blocksAllApps(A2)) return "users-allowed-apps-blocked";
    if (A2.accessType === "allowed" && blocksAllUsers(U2)) return "apps-allowed-users-blocked";
    return void 0;
  }
  if (U2.accessType === "blocked" && A2.accessType === "blocked") {
    if (hasAllApps(A2) && !hasAllUsers2(U2)) return "all-apps-blocked-for-some-users";
    if (hasAllUsers2(U2) && !hasAllApps(A2)) return "all-users-blocked-from-some-apps";
  }
  return void 0;
}
var ADMIN_CENTER = `The admin center refuses conflicting user and application settings ("Conflicting settings aren't allowed")`;
var OUTBOUND = ["b2bCollaborationOutbound", "b2bDirectConnectOutbound"];
function usersAllowedQuote(name) {
  return OUTBOUND.includes(name) ? `Microsoft: "If you allow outbound access for all your users (or specific users or groups), you'll be prevented from blocking all access to external applications; access to at least one application must be allowed."` : 'Microsoft: "If you block access to all applications, you also need to block access for all external users and groups."';
}
function appsAllowedQuote(name) {
  if (OUTBOUND.includes(name)) return 'Microsoft: "If you block access for all of your users and groups, you also need to block access to all external applications."';
  if (name === "tenantRestrictions") return 'Microsoft: "if you block access for all users and groups, you also need to block access to all external applications."';
  return 'Microsoft: "If you block inbound access for all external users and groups, access to all your applications must also be blocked."';
}
function inheritedHalf(setting, partner) {
  const own = partner && setting.level === "partner" ? "partner" : "default";
  const U2 = setting.usersAndGroups;
  const A2 = setting.applications;
  if (U2.level === own && A2.level !== own) return { half: "applications", list: A2 };
  if (A2.level === own && U2.level !== own) return { half: "usersAndGroups", list: U2 };
  return void 0;
}
function listText(list2) {
  const targets = list2.targets.map((t) => `\`${t.id}\``).join(", ") || "nothing";
  return `${list2.accessType} ${targets}`;
}
function describe(kind, setting, partner) {
  const described = describeKind(kind, setting, levelOwner(partner));
  const inherited = inheritedHalf(setting, partner);
  if (!inherited) return described;
  const from = inherited.list.level === "default" ? "the default" : "Microsoft's service default";
  const stated = inherited.half === "usersAndGroups" ? "applications" : "usersAndGroups";
  return {
    severity: "warning",
    message: {
      what: `${described.message.what.replace(/\.$/, "")} — it states only \`${stated}\`; its \`${inherited.half}\` half is inherited from ${from} (${listText(inherited.list)}).`,
      why: `A setting that states one half takes the other from ${from} (Graph's null-inherits rule, which Microsoft documents per property only; its own POST example states one half). ${described.message.why}`,
      fix: `State both halves here, so the setting reads as intended: add \`${inherited.half}\` to it. ${described.message.fix}`
    }
  };
}
function describeKind(kind, setting, owner) {
  const label = SETTING_LABEL[setting.name];
  const U2 = setting.usersAndGroups;
  const A2 = setting.applications;
  const usersWho = hasAllUsers2(U2) ? "all users (`AllUsers`)" : "specific users and groups";
  switch (kind) {
    case "empty-allow": {
      const empty = [U2.accessType === "allowed" && U2.targets.length === 0 ? "`usersAndGroups`" : "", A2.accessType === "allowed" && A2.targets.length === 0 ? "`applications`" : ""].filter(Boolean).join(" and ");
      return {
        severity: "error",
        message: {
          what: `${owner} ${label} has an allow list in ${empty} that matches nothing (no targets, or only targets whose \`targetType\` does not fit), so it grants no access while it allows.`,
          why: `An allow list lets through only what it names: with nothing named, no user may use any application. ${ADMIN_CENTER}; to shut a setting, block both halves.`,
          fix: "Name the users and applications to allow, or block both halves (`AllUsers` and `AllApplications` with `accessType: blocked`)."
        }
      };
    }
    case "users-allowed-apps-blocked":
      return {
        severity: "error",
        message: {
          what: `${owner} ${label} allows ${usersWho} but blocks all applications, so it grants no access.`,
          why: `No user may use any application under these two lists. ${usersAllowedQuote(setting.name)} ${ADMIN_CENTER}.`,
          fix: "Allow at least one application (an allow list, or a block list of specific apps), or block `AllUsers` too to shut the setting."
        }
      };
    case "apps-allowed-users-blocked":
      return {
        severity: "error",
        message: {
          what: `${owner} ${label} allows applications but blocks all users (\`AllUsers\`), so it grants no access.`,
          why: `No user may use any application under these two lists. ${appsAllowedQuote(setting.name)} ${ADMIN_CENTER}.`,
          fix: "Block `AllApplications` too to shut the setting, or allow the users who should get in."
        }
      };
    case "all-apps-blocked-for-some-users":
      return {
        severity: "warning",
        message: {
          what: `${owner} ${label} blocks all applications for specific users and groups only.`,
          why: `Graph reads these two block lists as: the listed users cannot access any application, and every other user has access to all applications (the Graph overview, "Interpreting the API response"). It does not block everyone. ${ADMIN_CENTER}.`,
          fix: "To block everyone, block `AllUsers`; to block only these users, keep the user block list and set `applications` to `accessType: allowed` with `AllApplications` (same access, a form the admin center accepts)."
        }
      };
    case "all-users-blocked-from-some-apps":
      return {
        severity: "warning",
        message: {
          what: `${owner} ${label} blocks all users (\`AllUsers\`) from specific applications only.`,
          why: `Graph reads these two block lists as: every user may use every application except the listed ones (the Graph overview, "Interpreting the API response"). It does not block all users. ${ADMIN_CENTER}.`,
          fix: "To block everyone, block `AllApplications`; to block only these applications, set `usersAndGroups` to `accessType: allowed` with `AllUsers` and keep the app block list (same access, a form the admin center accepts)."
        }
      };
  }
}
var users_apps_conflict_default = defineRule({
  id: "users-apps-conflict",
  meta: {
    description: "The users and applications lists of one effective B2B setting contradict: the setting grants nothing while one side allows (error), or both sides block in a way the admin center refuses and Graph reads differently (warning).",
    category: "validity",
    severity: always("error"),
    variants: ["error", "warning"],
    sources: [
      `Microsoft Entra: Cross-tenant access overview — "The access settings you configure for users and groups must match the access settings for applications. Conflicting settings aren't allowed", https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview`,
      "Microsoft Entra: Configure cross-tenant access settings for B2B collaboration and Tenant restrictions v2 — the same rule per tab, https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration, https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2",
      'Microsoft Graph: Cross-tenant access settings API overview, "Interpreting the API response", https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicy-overview'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      checkLevels(ctx, tenant, (settings, partner) => {
        const problems = [];
        for (const name of B2B_SETTINGS) {
          const setting = settings.b2b[name];
          const kind = conflictOf(setting);
          if (!kind) continue;
          const { severity, message: message2 } = describe(kind, setting, partner);
          problems.push({ key: `${name}:${kind}`, at: setting.at, severity, message: message2 });
        }
        return problems;
      });
    }
  }
});

// rules/index.ts
var RULES = [
  automatic_redemption_mutual_default,
  cloud_settings_default,
  cross_cloud_mutual_default,
  default_automatic_redemption_default,
  default_inbound_open_default,
  default_outbound_open_default,
  default_specific_targets_default,
  device_trust_in_default_default,
  direct_connect_cross_cloud_default,
  direct_connect_in_default_default,
  direct_connect_mfa_trust_default,
  direct_connect_mutual_default,
  disable_needs_reason_default,
  duplicate_partner_default,
  duplicate_tenant_default,
  expired_disable_default,
  include_unresolved_default,
  license_required_default,
  mfa_registration_apps_default,
  mfa_trust_registration_policy_default,
  partner_is_self_default,
  partner_owner_missing_default,
  partner_redundant_default,
  partner_removal_reverts_default,
  partner_review_overdue_default,
  read_only_property_default,
  redemption_order_default,
  rms_outbound_default,
  schema_default,
  service_provider_removal_default,
  sync_automatic_redemption_default,
  sync_inbound_blocked_default,
  syntax_default,
  target_type_mismatch_default,
  tenant_restrictions_default_default,
  tenant_restrictions_devices_default,
  unknown_future_value_default,
  unsupported_target_default,
  unused_disable_default,
  users_apps_conflict_default
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/engine/lint.ts
function buildModel(inputs, limits, keep = false) {
  const lim = limits ?? defaultConfig().limits;
  const { loaded, model } = loadModel(inputs, { maxAliasCount: lim.maxAliasCount, maxDepth: lim.maxDepth }, false, keep);
  return { model, reports: loaded.reports };
}
function sharing(other) {
  const texts = /* @__PURE__ */ new Map();
  for (const f of other) if (f.text !== void 0 && !f.problem) texts.set(f.path, f.text);
  return { texts, reused: /* @__PURE__ */ new Map() };
}
function loadModel(inputs, limits, validate2, keep = false, share, reuse) {
  const decls = /* @__PURE__ */ new Map();
  const loaded = loadFiles(
    inputs,
    limits,
    (file, kind) => {
      const reports = validate2 ? validateFile(file, kind) : [];
      if (keep) keepDeclData(file);
      if (share && share.texts.get(file.path) === file.text) share.reused.set(file.path, reuseParsed(file, kind, (copy) => readFileDecl(copy, [])));
      decls.set(file, readFileDecl(file, reports.map((r) => r.at)));
      return reports;
    },
    reuse ? { files: reuse, onReused: (r) => decls.set(r.file, r.extra) } : void 0
  );
  return { loaded, model: resolveRepo(loaded.files, loaded.includes, decls) };
}
function fixOutsideMerges(fix, file) {
  if (!fix) return void 0;
  const text = fix;
  const target = text.file ?? file;
  if (target.merges.length === 0) return fix;
  const edits = typeof text.edits === "function" ? text.edits() : void 0;
  if (!edits) return void 0;
  return edits.some((e) => target.merges.some((m) => e.start <= m.from[1] && e.end >= m.from[0])) ? void 0 : fix;
}
function joinMessage(m) {
  return [m.what, m.why, m.fix].map((s) => s.trim()).filter(Boolean).join(" ");
}
function lintFiles(inputs, options = {}) {
  const config = options.config ?? defaultConfig();
  const cliRules = options.cliRules ?? {};
  const rules = options.policies?.length ? [...options.rules ?? RULES, ...options.policies] : options.rules ?? RULES;
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const limits = { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth };
  const share = options.base ? sharing(options.base) : void 0;
  const { loaded, model } = loadModel(inputs, limits, true, options.keepDeclData === true, share);
  const reports = [...loaded.reports];
  const base = options.base ? loadModel(options.base, limits, false, false, void 0, share?.reused).model : void 0;
  const severityFor = (rule, ruleId, file, variant) => {
    if (ruleId === "syntax") return "error";
    const configured = configuredSeverity(config, cliRules, ruleId, file);
    if (configured !== void 0) return configured;
    const preset = rule ? presetSeverity(rule, config.preset) : "error";
    if (preset === "off") return "off";
    return variant ?? preset;
  };
  const enabledAnywhere = (rule) => {
    if (rule.meta.needsBase && !base) return false;
    if (presetSeverity(rule, config.preset) !== "off") return true;
    if (config.rules[rule.id] && config.rules[rule.id] !== "off") return true;
    if (cliRules[rule.id] && cliRules[rule.id] !== "off") return true;
    return config.overrides.some((o) => o.rules[rule.id] && o.rules[rule.id] !== "off");
  };
  for (const rule of rules) {
    if (rule.meta.category === "directive" || !enabledAnywhere(rule)) continue;
    const checksForm = rule.meta.checksForm === true;
    const ctx = {
      model,
      report: (r) => {
        if (!checksForm && pointsAtInvalid(model, r.at)) return;
        reports.push({ ...r, ruleId: rule.id });
      },
      ...base ? { base } : {},
      ...options.now ? { now: options.now } : {}
    };
    rule.check(ctx);
  }
  const pending = [];
  for (const r of reports) {
    const rule = RULES_BY_ID.get(r.ruleId) ?? ruleById.get(r.ruleId);
    const file = r.at.file;
    const sev = severityFor(rule, r.ruleId, file.path, r.severity);
    if (sev === "off") continue;
    pending.push({ ruleId: r.ruleId, report: r, file, range: r.range ?? locRange(r.at), severity: sev });
  }
  const directives = /* @__PURE__ */ new Map();
  for (const f of loaded.files) {
    const ds = parseDirectives(f.text);
    if (ds.length) directives.set(f, ds);
  }
  const used = /* @__PURE__ */ new Set();
  const usedRule = /* @__PURE__ */ new Map();
  const markUsed = (d, ruleId) => {
    used.add(d);
    const s = usedRule.get(d) ?? /* @__PURE__ */ new Set();
    s.add(ruleId);
    usedRule.set(d, s);
  };
  const expired = (d) => d.until !== void 0 && options.now !== void 0 && d.until <= options.now;
  const findDirective = (file, ruleId, line) => directives.get(file)?.find((d) => !expired(d) && directiveCovers(d, ruleId, line));
  const byFile = /* @__PURE__ */ new Map();
  for (const f of loaded.files) byFile.set(f.path, { findings: [], suppressed: [] });
  const fixes = /* @__PURE__ */ new Map();
  for (const p of pending) {
    const { report } = p;
    let what = report.message.what;
    let sharesSuppressedBy;
    const suppressedShares = [];
    if (report.inheritedBy && report.inheritedBy.length) {
      const kept = report.inheritedBy.filter((partner) => {
        if (!directives.has(partner.file)) return true;
        const line = locRange(partner.entry).line;
        const keyLine = locRange(partner.entryKey).line;
        const d2 = findDirective(partner.file, p.ruleId, line) ?? findDirective(partner.file, p.ruleId, keyLine);
        if (d2) {
          markUsed(d2, p.ruleId);
          sharesSuppressedBy ??= d2;
          suppressedShares.push({ partner, directive: d2 });
        }
        return !d2;
      });
      if (!kept.length && !report.onlyShares) sharesSuppressedBy = void 0;
      if (kept.length) {
        sharesSuppressedBy = void 0;
        const names3 = kept.slice(0, 3).map((x) => x.label).join(", ");
        const more = kept.length > 3 ? `, and ${kept.length - 3} more` : "";
        what = what.replace(/\.$/, "") + ` (inherited by ${kept.length} partner${kept.length === 1 ? "" : "s"}: ${names3}${more}).`;
      }
    }
    const parts = { ...report.message, what };
    const fix = fixOutsideMerges(report.fix, p.file);
    const finding = {
      ruleId: p.ruleId,
      severity: p.severity,
      message: joinMessage(parts),
      parts,
      file: p.file.path,
      range: p.range,
      docsUrl: ruleDocsUrl(RULES_BY_ID.get(p.ruleId) ?? ruleById.get(p.ruleId), p.ruleId),
      fixable: Boolean(fix)
    };
    const compliance = (RULES_BY_ID.get(p.ruleId) ?? ruleById.get(p.ruleId))?.meta.compliance;
    if (compliance?.length) finding.compliance = [...compliance];
    if (report.related?.length) {
      finding.related = report.related.map((r) => ({ file: r.at.file.path, range: locRange(r.at), message: r.message }));
    }
    if (!sharesSuppressedBy) {
      const where2 = `${p.file.path}:${p.range.line}`;
      for (const { partner, directive } of suppressedShares) {
        const shareParts = { ...report.message, what: report.message.what.replace(/\.$/, "") + ` (the share of ${levelName(partner)}, which inherits it from the default at ${where2}).` };
        byFile.get(partner.file.path)?.suppressed.push({
          ruleId: p.ruleId,
          severity: p.severity,
          message: joinMessage(shareParts),
          parts: shareParts,
          file: partner.file.path,
          range: locRange(partner.entryKey),
          docsUrl: finding.docsUrl,
          fixable: false,
          ...finding.compliance ? { compliance: finding.compliance } : {},
          related: [{ file: p.file.path, range: p.range, message: "the default's finding" }],
          suppressions: [{ kind: "directive", justification: directive.reason ?? "", ...directive.until ? { until: directive.until } : {} }]
        });
      }
    }
    const bucket = byFile.get(p.file.path);
    if (!bucket) continue;
    const d = sharesSuppressedBy ?? findDirective(p.file, p.ruleId, p.range.line);
    if (d) {
      markUsed(d, p.ruleId);
      bucket.suppressed.push({ ...finding, suppressions: [{ kind: "directive", justification: d.reason ?? "", ...d.until ? { until: d.until } : {} }] });
      continue;
    }
    bucket.findings.push(finding);
    if (fix) {
      const list2 = fixes.get(p.file.path) ?? [];
      list2.push(fix);
      fixes.set(p.file.path, list2);
    }
  }
  for (const [file, ds] of directives) {
    const bucket = byFile.get(file.path);
    if (!bucket) continue;
    for (const d of ds) {
      if (d.kind === "enable") continue;
      const range2 = { line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn };
      const emit = (ruleId, parts) => {
        const sev = severityFor(RULES_BY_ID.get(ruleId), ruleId, file.path, void 0);
        if (sev === "off") return;
        bucket.findings.push({ ruleId, severity: sev, message: joinMessage(parts), parts, file: file.path, range: range2, docsUrl: docsUrl(ruleId), fixable: false });
      };
      const ran = (r) => {
        const rule = ruleById.get(r);
        return rule !== void 0 && enabledAnywhere(rule) && severityFor(rule, r, file.path, void 0) !== "off";
      };
      if (expired(d)) {
        emit("expired-disable", {
          what: `This \`xtap-lint-${d.kind}\` directive expired on ${d.until}: it no longer suppresses ${d.rules.length ? d.rules.map((r) => `\`${r}\``).join(", ") : "anything"}.`,
          why: "The exception was accepted until that date; the findings it covered are reported again until someone decides anew.",
          fix: "Fix what the directive covered and remove it, or, if the exception still holds, renew it with a new reason and a later `until` date."
        });
        continue;
      }
      const unknown = d.rules.filter((r) => !RULES_BY_ID.has(r) && !ruleById.has(r));
      for (const r of unknown) {
        const near = suggest(r, [...RULES_BY_ID.keys()]);
        emit("unused-disable", {
          what: `\`${r}\` in this \`xtap-lint-${d.kind}\` directive is not an xtap-lint rule.`,
          why: "The directive suppresses nothing for it, so the finding it was meant for is still reported, or a later one is hidden by the rest of the directive.",
          fix: near ? `Did you mean \`${near}\`?` : "Correct the rule id (`xtap-lint rules` lists them), or remove it."
        });
      }
      const unusedRules = d.rules.length ? d.rules.filter((r) => !unknown.includes(r) && ran(r) && !usedRule.get(d)?.has(r)) : used.has(d) ? [] : ["*"];
      if (unusedRules.length) {
        const names3 = unusedRules[0] === "*" ? "any rule" : unusedRules.map((r) => `\`${r}\``).join(", ");
        emit("unused-disable", {
          what: `This \`xtap-lint-${d.kind}\` directive suppresses no finding of ${names3}.`,
          why: "A stale suppression hides the next real problem of that rule here.",
          fix: unusedRules[0] === "*" ? "Remove the directive." : `Remove ${names3} from the directive, or the whole directive.`
        });
      }
      if (!d.reason) {
        emit("disable-needs-reason", {
          what: `This \`xtap-lint-${d.kind}\` directive gives no reason.`,
          why: "A reviewer cannot tell a deliberate exception from a silenced mistake.",
          fix: `Add the reason after \` -- \`, e.g. \`# xtap-lint-${d.kind} ${d.rules.join(", ") || "<rule>"} -- <why this is an accepted exception>\`.`
        });
      }
    }
  }
  const files = [];
  for (const f of loaded.files) {
    const bucket = byFile.get(f.path);
    if (!bucket) continue;
    bucket.findings.sort(compareFindings);
    bucket.suppressed.sort(compareFindings);
    files.push(fileResult(f.path, dedupe(bucket.findings), bucket.suppressed));
  }
  const ruleSeverities = {};
  for (const rule of rules) ruleSeverities[rule.id] = enabledAnywhere(rule) ? severityFor(rule, rule.id, "", void 0) : "off";
  const notices = [];
  return { result: { files, rules: ruleSeverities, notices }, files: loaded.files, fixes, model, ...base ? { base } : {} };
}
function dedupe(findings) {
  const out = [];
  let last = "";
  for (const f of findings) {
    const key = `${f.range.line}:${f.range.column}:${f.ruleId}:${f.message}`;
    if (key !== last) out.push(f);
    last = key;
  }
  return out;
}
function compareFindings(a, b) {
  return a.range.line - b.range.line || a.range.column - b.range.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function fileResult(file, findings, suppressed) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  return {
    file,
    findings,
    suppressed,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
    fatalErrorCount: findings.filter((f) => f.ruleId === "syntax").length,
    fixableErrorCount: findings.filter((f) => f.fixable && f.severity === "error").length,
    fixableWarningCount: findings.filter((f) => f.fixable && f.severity === "warning").length
  };
}

// src/report/compact.ts
init_inert();

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// src/report/text.ts
var DEFAULT_WIDTH = 80;
var MIN_WIDTH = 20;
var SGR = /\u001b\[[0-9;]*m/g;
var PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
var ZERO_WIDTH = /^[\p{Cc}\p{Mn}\p{Me}\p{Cf}]$/u;
function charWidth(ch) {
  const cp = ch.codePointAt(0);
  if (cp >= 32 && cp < 127) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}
function displayWidth(text) {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = 0;
  for (const ch of text.replace(SGR, "")) w += charWidth(ch);
  return w;
}
function layoutWidth(width) {
  if (width === void 0 || !Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}
function words(text, paint) {
  return text.split(" ").filter((w) => w !== "").map((w) => paint ? { text: w, paint } : { text: w });
}
var URL_IN_WORD = /[a-z][a-z0-9+.-]*:\/\/\S/i;
function urlWords(text, paint) {
  return words(text, paint).map((w) => URL_IN_WORD.test(w.text.replace(SGR, "")) ? { ...w, whole: true } : w);
}
function wrap(ws, width, first = "", rest = "") {
  const lines = [];
  let prefix2 = first;
  let line = "";
  let used = displayWidth(prefix2);
  let empty = true;
  const room = () => Math.max(1, width - displayWidth(prefix2));
  const flush = () => {
    lines.push(prefix2 + line);
    prefix2 = rest;
    line = "";
    used = displayWidth(prefix2);
    empty = true;
  };
  const put = (w, text, cols) => {
    line += (empty ? "" : " ") + (w.paint ? w.paint(text) : text);
    used += cols + (empty ? 0 : 1);
    empty = false;
  };
  for (const w of ws) {
    const cols = displayWidth(w.text);
    if (!empty && used + 1 + cols > width) flush();
    if (!empty || cols <= room() || w.whole) {
      put(w, w.text, cols);
      continue;
    }
    if (!empty) flush();
    let piece = "";
    let pieceCols = 0;
    for (const segment of w.text) {
      const c = displayWidth(segment);
      if (c > 0 && pieceCols + c > room() && piece !== "") {
        put(w, piece, pieceCols);
        flush();
        piece = "";
        pieceCols = 0;
      }
      piece += segment;
      pieceCols += c;
    }
    if (piece !== "") put(w, piece, pieceCols);
  }
  if (!empty || lines.length === 0) lines.push(prefix2 + line);
  return lines.map((l) => l.trimEnd());
}
function noWorkflowCommands(text) {
  return text.replace(/^(?=::)/gm, " ");
}
function linePath(path2) {
  return path2.startsWith(":") ? `./${path2}` : path2;
}

// src/report/compact.ts
function compact(ctx) {
  const out = [];
  for (const r of ctx.results) {
    const path2 = linePath(visible(r.file));
    for (const f of r.findings) {
      const what = visible(f.parts.what || f.message).trim();
      out.push(`${path2}:${f.range.line}:${f.range.column}: ${f.severity}: ${what} [${visible(f.ruleId)}]`);
    }
  }
  return out.length ? noWorkflowCommands(out.join("\n") + "\n") : "";
}

// src/report/github.ts
init_inert();
var COMMAND_KIND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var ORDER = ["file", "line", "endLine", "col", "endColumn", "title"];
function workflowCommand(kind, props, message2) {
  const parts = [];
  for (const key of ORDER) {
    const v = props[key];
    if (v !== void 0 && v !== "") parts.push(`${key}=${escapeProperty(String(v))}`);
  }
  return `::${kind}${parts.length ? " " + parts.join(",") : ""}::${escapeData(message2)}
`;
}
function annotationProperties(f, file) {
  const line = Math.max(1, f.range.line);
  const endLine = Math.max(line, f.range.endLine);
  const props = { file: visible(file), line, endLine };
  if (endLine === line) {
    const col = Math.max(1, f.range.column);
    props.col = col;
    props.endColumn = Math.max(col, f.range.endColumn - 1);
  }
  props.title = `xtap-lint(${f.ruleId})`;
  return props;
}
function annotationMessage(f) {
  return `${visibleLines(f.message)}
${visible(f.docsUrl)}`;
}
function findingCommand(f, file) {
  return workflowCommand(COMMAND_KIND[f.severity], annotationProperties(f, file), annotationMessage(f));
}
function github(ctx) {
  let out = "";
  for (const r of ctx.results) {
    const file = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) out += findingCommand(f, file);
  }
  for (const n of ctx.notices ?? []) out += workflowCommand("notice", { title: "xtap-lint" }, visibleLines(n));
  return out;
}

// src/report/json.ts
init_inert();
var LEVEL = { error: 2, warning: 1, info: 0 };
function message(f) {
  return {
    ruleId: f.ruleId,
    severity: LEVEL[f.severity],
    message: f.message,
    line: f.range.line,
    column: f.range.column,
    endLine: f.range.endLine,
    endColumn: f.range.endColumn,
    docsUrl: f.docsUrl,
    // SPEC §3.10: the published checks the rule covers, `framework:id` (an addition to ESLint's shape).
    compliance: f.compliance ?? []
  };
}
function jsonResults(ctx) {
  return ctx.results.map((r) => ({
    filePath: r.file,
    messages: r.findings.map(message),
    suppressedMessages: r.suppressed.map((s) => ({ ...message(s), suppressions: s.suppressions })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fatalErrorCount: r.fatalErrorCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount
  }));
}
function json(ctx) {
  return inertJson(JSON.stringify(jsonResults(ctx))) + "\n";
}

// src/report/junit.ts
init_inert();
function xmlEscape(s, attribute = false) {
  let out = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
  out = out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (attribute) out = out.replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
  return out;
}
function caseName(f, file) {
  return `${visible(file)}:${f.range.line}:${f.range.column} ${f.ruleId}`;
}
function details(f, file) {
  return `${f.severity}: ${visible(f.message)}
at ${visible(file)}:${f.range.line}:${f.range.column}
rule: ${f.ruleId} (${visible(f.docsUrl)})`;
}
function junit(ctx) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const r of ctx.results) {
    const file = visible(ctx.repoPaths?.get(r.file) ?? r.file);
    const a = (s) => xmlEscape(visible(s), true);
    const cases = [];
    let suiteFailures = 0;
    if (r.findings.length === 0) cases.push(`    <testcase classname="${a(file)}" name="${a(file)}" file="${a(file)}" time="0"/>`);
    for (const f of r.findings) {
      const open = `    <testcase classname="${a(file)}" name="${a(caseName(f, file))}" file="${a(file)}" line="${f.range.line}" time="0">`;
      if (f.severity === "info") {
        cases.push(`${open}
      <system-out>${xmlEscape(details(f, file))}</system-out>
    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${open}
      <failure type="${f.severity}" message="${a(f.message)}">${xmlEscape(details(f, file))}</failure>
    </testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${a(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="xtap-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/markdown.ts
init_inert();

// src/engine/compliance.ts
var FRAMEWORKS = {
  cisa: { name: "CISA SCuBA", source: "cisagov/ScubaGear, PowerShell/ScubaGear/baselines/aad.md §8" },
  maester: { name: "Maester", source: "maester365/maester, website/docs/tests/cisa/" },
  "zero-trust": { name: "Zero Trust Assessment", source: "microsoft/zerotrustassessment, src/powershell/tests/Test-Assessment.<id>.ps1" },
  cipp: { name: "CIPP", source: "KelvinTegelaar/CIPP-API, Modules/CIPPStandards and the cross-tenant health report" }
};
var ZTA = (id) => `microsoft/zerotrustassessment, src/powershell/tests/Test-Assessment.${id}.ps1`;
var CIPP_HEALTH = "CIPP, Invoke-ListCrossTenantHealth (cross-tenant health report; reference/existing-checks.md §2.5)";
var PUBLISHED_CHECKS = [
  {
    framework: "cisa",
    id: "MS.AAD.8.3v1",
    title: "Guest invites SHOULD only be allowed to specific external domains that have been authorized by the agency",
    source: 'cisagov/ScubaGear, baselines/aad.md §8 (manual in ScubaGear: Rego returns "Should/Not-Implemented")',
    note: "As Maester automates it (CISA.MS.AAD.8.3): the default's inbound B2B collaboration blocked, so only listed partners get in. CISA's own wording is the External collaboration domain allow list, which is not a cross-tenant access setting."
  },
  {
    framework: "cisa",
    id: "MS.AAD.8.1v1",
    title: "Guest users SHOULD have limited or restricted access to directory objects",
    source: "cisagov/ScubaGear, baselines/aad.md §8",
    uncovered: "The guest user role is an authorization policy setting, not a cross-tenant access setting."
  },
  {
    framework: "cisa",
    id: "MS.AAD.8.2v1",
    title: "Only users with the Guest Inviter role SHOULD be able to invite guest users",
    source: "cisagov/ScubaGear, baselines/aad.md §8",
    uncovered: "Who may invite guests is an authorization policy setting, not a cross-tenant access setting."
  },
  {
    framework: "maester",
    id: "CISA.MS.AAD.8.3",
    title: "Default inbound B2B collaboration is blocked (Test-MtCisaCrossTenantInboundDefault)",
    source: "maester365/maester, powershell/public/cisa/entra/Test-MtCisaCrossTenantInboundDefault.ps1 (Medium)"
  },
  {
    framework: "maester",
    id: "MT.1016",
    title: "At least one Conditional Access policy requires MFA for guest access",
    source: "maester365/maester, MT.1016 (High; reference/existing-checks.md §2.1)",
    uncovered: "A Conditional Access check; xtap-lint reads its outcome as `tenant.facts.mfaRequiredForExternalUsers` (direct-connect-mfa-trust) but does not check the policies."
  },
  {
    framework: "zero-trust",
    id: "21790",
    title: "Outbound cross-tenant access settings are configured",
    source: `${ZTA("21790")} (High)`
  },
  {
    framework: "zero-trust",
    id: "21793",
    title: "Tenant restrictions v2 policy is configured",
    source: `${ZTA("21793")} (High, P1)`
  },
  {
    framework: "zero-trust",
    id: "25377",
    title: "Universal tenant restrictions block unauthorized external tenant access",
    source: `${ZTA("25377")} (High)`,
    note: "The tenant restrictions half only: packet tagging (Global Secure Access) is not a cross-tenant access setting."
  },
  {
    framework: "zero-trust",
    id: "25378",
    title: "External collaboration is governed by explicit Cross-Tenant Access Policies (deprecated, duplicate of 21790)",
    source: `${ZTA("25378")} (deprecated in PR #1140)`
  },
  {
    framework: "zero-trust",
    id: "35002",
    title: "Cross-tenant access settings configured to allow encrypted content sharing (deprecated)",
    source: `${ZTA("35002")} (deprecated in PR #1140)`,
    note: "The outbound direction: reading mail encrypted by partners. The test also asked for the app inbound."
  },
  {
    framework: "zero-trust",
    id: "21822",
    title: "Guest access is limited to approved tenants",
    source: `${ZTA("21822")} (Medium)`,
    uncovered: "The External collaboration domain allow list (B2BManagementPolicy) is not a cross-tenant access setting."
  },
  {
    framework: "cipp",
    id: "ZTNA21790",
    title: "Outbound cross-tenant access settings are configured (port of Zero Trust Assessment 21790)",
    source: "KelvinTegelaar/CIPP-API, Tests ZTNA21790"
  },
  {
    framework: "cipp",
    id: "ZTNA21793",
    title: "Tenant restrictions v2 policy is configured (port of Zero Trust Assessment 21793)",
    source: "KelvinTegelaar/CIPP-API, Tests ZTNA21793"
  },
  {
    framework: "cipp",
    id: "health-1",
    title: "Inbound B2B collaboration allows all external users by default (Warning)",
    source: CIPP_HEALTH
  },
  {
    framework: "cipp",
    id: "health-2",
    title: "Outbound B2B collaboration allows all internal users by default (Info)",
    source: CIPP_HEALTH
  },
  {
    framework: "cipp",
    id: "health-3",
    title: "B2B Direct Connect allows all external users inbound by default (Warning)",
    source: CIPP_HEALTH
  },
  {
    framework: "cipp",
    id: "health-5",
    title: "Tenant Restrictions v2 defaults not configured or allow all (Info)",
    source: CIPP_HEALTH
  },
  {
    framework: "cipp",
    id: "ExternalComplianceTrusted",
    title: "Standard: trust (or not) compliant device claims from external tenants in the default; health #4b",
    source: "KelvinTegelaar/CIPP-API, standard ExternalComplianceTrusted (reference/existing-checks.md §2.5)",
    note: "Opposite stance: CIPP reports device claims that are not trusted (Info); xtap-lint warns when the default trusts them from every tenant, and leaves per-partner trust alone."
  },
  {
    framework: "cipp",
    id: "ExternalMFATrusted",
    title: "Standard: trust (or not) MFA from external tenants in the default; health #4a",
    source: "KelvinTegelaar/CIPP-API, Modules/CIPPStandards/Public/Standards/Invoke-CIPPStandardExternalMFATrusted.ps1",
    uncovered: "Published baselines disagree (CIPP suggests trusting, the ASD Blueprint keeps trust off): a team that wants one stance writes an organization policy (docs/policies.md: MFA trust only for listed tenants)."
  },
  {
    framework: "cipp",
    id: "health-9",
    title: "Partner has inbound B2B allowed while the defaults block it (verify the exception is intentional; Info)",
    source: CIPP_HEALTH,
    uncovered: "An exception per partner is the purpose of a partner entry; a team that wants such exceptions reviewed writes an organization policy over `b2bCollaborationInbound.grantsAnyAccess` with `tags`."
  }
];
function checkKey(c) {
  return `${c.framework}:${c.id}`;
}
var BY_KEY = new Map(PUBLISHED_CHECKS.map((c) => [checkKey(c), c]));
function checkLabel(key) {
  const c = BY_KEY.get(key);
  return c ? `${FRAMEWORKS[c.framework].name} ${c.id}` : key;
}

// src/report/markdown.ts
var SEVERITY_ICON = { error: "❌", warning: "⚠️", info: "ℹ️" };
function charCount(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        n--;
        i++;
      }
    }
  }
  return n;
}
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length && s.charCodeAt(i + 1) >= 56320 && s.charCodeAt(i + 1) <= 57343) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function cell(s) {
  return inertMarkdown(s);
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function counts(results) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let files = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    if (r.findings.length) files++;
  }
  return { errors, warnings, infos, files };
}
function countLine(results) {
  const c = counts(results);
  const errors = c.errors ? `**${plural2(c.errors, "error")}**` : plural2(c.errors, "error");
  return `${errors}, ${plural2(c.warnings, "warning")} and ${plural2(c.infos, "info")} in ${c.files} of ${plural2(results.length, "declaration file")}`;
}
function row(f, file, repoPath, opts) {
  const where2 = `${inertMarkdown(file)}:${f.range.line}:${f.range.column}`;
  const loc = markdownLink(where2, opts.link?.(repoPath, f.range.line));
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${loc} | ${markdownLink(inertMarkdown(f.ruleId), f.docsUrl)} | ${cell(f.message)} |`;
}
function complianceLines(ctx) {
  const n = /* @__PURE__ */ new Map();
  for (const r of ctx.results) for (const f of r.findings) for (const k of f.compliance ?? []) n.set(k, (n.get(k) ?? 0) + 1);
  if (!n.size) return [];
  const list2 = [...n].map(([k, c]) => `${inertMarkdown(checkLabel(k))} (${plural2(c, "finding")})`).join(", ");
  return [`Published checks these findings concern: ${list2}.`, ""];
}
var EXPIRY_WINDOW_DAYS = 30;
function suppressedLines(ctx) {
  const all = ctx.results.flatMap((r) => r.suppressed.map((s) => ({ s, file: r.file })));
  if (!all.length) return [];
  const out = [`${plural2(all.length, "suppressed finding")} (suppression directives with their reasons, or the baseline).`, ""];
  const now = ctx.now;
  if (!now) return out;
  const limit = new Date(Date.parse(`${now}T00:00:00Z`) + EXPIRY_WINDOW_DAYS * 864e5).toISOString().slice(0, 10);
  const soon = all.map(({ s, file }) => ({ s, file, until: s.suppressions.find((x) => x.until)?.until })).filter((x) => x.until !== void 0 && x.until > now && x.until <= limit).sort((a, b) => a.until < b.until ? -1 : a.until > b.until ? 1 : 0);
  if (!soon.length) return out;
  out.push(`Expiring within ${EXPIRY_WINDOW_DAYS} days (the findings are reported again from that date):`, "");
  for (const x of soon) {
    const reason = x.s.suppressions.find((y) => y.until)?.justification ?? "";
    out.push(`- ${x.until}: ${inertMarkdown(x.file)}:${x.s.range.line} \`${x.s.ruleId}\` — ${inertMarkdown(reason)}`);
  }
  out.push("");
  return out;
}
function markdownReport(ctx, opts = {}) {
  const head = [];
  if (opts.heading) head.push(`### ${opts.heading}`, "");
  head.push(countLine(ctx.results), "");
  head.push(...suppressedLines(ctx));
  head.push(...complianceLines(ctx));
  const tail = [];
  if (ctx.notices?.length) tail.push("", ...ctx.notices.map((n) => `> **Note:** ${cell(n)}`));
  const rows = [];
  for (const r of ctx.results) for (const f of r.findings) rows.push({ f, file: r.file, repoPath: ctx.repoPaths?.get(r.file) ?? r.file });
  if (rows.length === 0) return [...head, "No problems found.", ...tail].join("\n") + "\n";
  const lines = [...head, "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"];
  const measure = opts.maxBytes !== void 0 ? utf8Length : charCount;
  const max = Math.min(opts.maxBytes ?? Infinity, opts.maxChars ?? Infinity);
  const reserve = measure(tail.join("\n")) + 200;
  let size = measure(lines.join("\n"));
  let shown = 0;
  for (const x of rows) {
    const line = row(x.f, x.file, x.repoPath, opts);
    const n = measure(line) + 1;
    if (size + n + reserve > max) break;
    lines.push(line);
    size += n;
    shown++;
  }
  if (shown < rows.length) lines.push("", `… and ${plural2(rows.length - shown, "more finding")} not shown here (size limit): run \`npx xtap-lint\` to see all.`);
  return [...lines, ...tail].join("\n") + "\n";
}
function markdown(ctx) {
  return markdownReport(ctx, { heading: "xtap-lint" });
}

// src/report/sarif.ts
init_inert();
var LEVEL2 = { error: "error", warning: "warning", info: "note" };
var MAX_DESCRIPTION = 1024;
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "xtapLintFinding/v1";
function sarifText(s) {
  return s.replace(/[[\]]/g, (c) => `\\${c}`);
}
function clip(s, max) {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
function defaultLevel(rule) {
  const s = [rule.meta.severity.recommended, rule.meta.severity.strict, rule.meta.severity.all];
  const on2 = s.find((x) => x !== "off");
  return { level: on2 ? LEVEL2[on2] : "none", enabled: s[0] !== "off" };
}
function ruleDescriptor(rule) {
  const url = ruleDocsUrl(rule, rule.id);
  const sources = rule.meta.sources;
  const { level, enabled } = defaultLevel(rule);
  const text = [rule.meta.description, sources.length ? "Sources:\n" + sources.map((s) => `- ${s}`).join("\n") : "", `Documentation: ${url}`].filter(Boolean).join("\n\n");
  const markdown2 = [rule.meta.description, sources.length ? "**Sources**\n\n" + sources.map((s) => `- ${s}`).join("\n") : "", `[Documentation of \`${rule.id}\`](${url})`].filter(Boolean).join("\n\n");
  const tags = ["xtap-lint", rule.meta.category, ...(rule.meta.compliance ?? []).map(checkLabel)];
  if (rule.meta.fixable) tags.push("fixable");
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: clip(rule.meta.description.split(/(?<=\.)\s/)[0], MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.meta.description, MAX_DESCRIPTION) },
    help: { text, markdown: markdown2 },
    helpUri: url,
    defaultConfiguration: enabled ? { level } : { level, enabled: false },
    properties: { tags, precision: "very-high" }
  };
}
function uri(repoPath) {
  return repoPath.split("/").map(encodeURIComponent).join("/");
}
function region(r) {
  const startLine = Math.max(1, r.line);
  const startColumn = Math.max(1, r.column);
  const endLine = Math.max(startLine, r.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, r.endColumn) : Math.max(1, r.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
function location(repoPath, r) {
  return { physicalLocation: { artifactLocation: { uri: uri(repoPath), uriBaseId: "%SRCROOT%" }, region: region(r) } };
}
function sarifLog(ctx) {
  const rules = [...ctx.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const hashesByFile = /* @__PURE__ */ new Map();
  const semanticSeen = /* @__PURE__ */ new Map();
  const results = [];
  const add = (f, repoPath, suppressed) => {
    if (!hashesByFile.has(repoPath)) {
      const text = ctx.sources?.get(repoPath);
      hashesByFile.set(repoPath, text === void 0 ? void 0 : lineHashes(text));
    }
    const digest = fnv1a64(`${f.ruleId}\0${repoPath}\0${f.message}`);
    const n = (semanticSeen.get(digest) ?? 0) + 1;
    semanticSeen.set(digest, n);
    const fingerprints = { [FINGERPRINT_KEY]: `${digest}:${n}` };
    const lineHash = hashesByFile.get(repoPath)?.[Math.max(1, f.range.line) - 1];
    if (lineHash) fingerprints.primaryLocationLineHash = lineHash;
    const result = { ruleId: f.ruleId };
    const i = index.get(f.ruleId);
    if (i !== void 0) result.ruleIndex = i;
    result.level = LEVEL2[f.severity];
    result.message = { text: sarifText(f.message) };
    result.locations = [location(repoPath, f.range)];
    if (f.related?.length) {
      result.relatedLocations = f.related.map((rel, k) => ({ id: k + 1, ...location(rel.file, rel.range), message: { text: sarifText(rel.message) } }));
    }
    result.partialFingerprints = fingerprints;
    if (suppressed) {
      result.suppressions = f.suppressions.map((s) => ({ kind: s.kind === "directive" ? "inSource" : "external", justification: s.justification }));
    }
    results.push(result);
  };
  for (const r of ctx.results) {
    const repoPath = ctx.repoPaths?.get(r.file) ?? r.file;
    for (const f of r.findings) add(f, repoPath, false);
    for (const f of r.suppressed) add(f, repoPath, true);
  }
  const run = {
    tool: {
      driver: {
        name: "xtap-lint",
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: REPOSITORY_URL,
        rules: rules.map(ruleDescriptor)
      }
    },
    results,
    columnKind: "utf16CodeUnits"
  };
  if (ctx.notices?.length) {
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: ctx.notices.map((n) => ({ level: "note", message: { text: sarifText(n) } })) }];
  }
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function sarif(ctx) {
  return inertJson(JSON.stringify(sarifLog(ctx), null, 2)) + "\n";
}
var TWO32 = 4294967296;
var BASE = 37;
var BLOCK = 100;
var EOF = 65535;
function topPower() {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK - 1; i++) {
    const l = lo * BASE;
    hi = hi * BASE + Math.floor(l / TWO32) >>> 0;
    lo = l >>> 0;
  }
  return [hi, lo];
}
var [TOP_HI, TOP_LO] = topPower();
function hex64(hi, lo) {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, "0");
}
function lineHashes(text) {
  const chars = new Uint16Array(text.length + 1);
  let len = 0;
  const starts = [];
  let lineStart2 = true;
  let prevCR = false;
  const push = (code2) => {
    let c = code2;
    if (c === 32 || c === 9 || prevCR && c === 10) {
      prevCR = false;
      return;
    }
    prevCR = c === 13;
    if (prevCR) c = 10;
    if (lineStart2) {
      starts.push(len);
      lineStart2 = false;
    }
    if (c === 10) lineStart2 = true;
    chars[len++] = c;
  };
  for (let i = 0; i < text.length; i++) push(text.charCodeAt(i));
  push(EOF);
  const at2 = (i) => i < len ? chars[i] : 0;
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  let hi = 0;
  let lo = 0;
  const step = (c) => {
    const l = lo * BASE + c;
    hi = hi * BASE + Math.floor(l / TWO32) >>> 0;
    lo = l >>> 0;
  };
  for (let i = 0; i < BLOCK; i++) step(at2(i));
  let p = 0;
  for (const start of starts) {
    while (p < start) {
      const c = at2(p);
      const ml = TOP_LO * c;
      const mlo = ml >>> 0;
      const mhi = TOP_HI * c + Math.floor(ml / TWO32) >>> 0;
      const borrow = lo < mlo ? 1 : 0;
      lo = lo - mlo >>> 0;
      hi = hi - mhi - borrow >>> 0;
      step(at2(p + BLOCK));
      p++;
    }
    const hex = hex64(hi, lo);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    out.push(`${hex}:${n}`);
  }
  return out;
}
function fnv1a64(s) {
  let hi = 3421674724;
  let lo = 2216829733;
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    const l = lo * 435;
    hi = hi * 435 + Math.floor(l / TWO32) + (lo << 8 >>> 0) >>> 0;
    lo = l >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

// src/report/stylish.ts
init_inert();
function palette(on2) {
  const sgr = (code2) => on2 ? (s) => `\x1B[${code2}m${s}\x1B[0m` : (s) => s;
  return {
    path: sgr("1"),
    rule: sgr("2"),
    gutter: sgr("34;1"),
    label: sgr("1"),
    severity: { error: sgr("31;1"), warning: sgr("33;1"), info: sgr("36;1") }
  };
}
var INDENT = "  ";
var MAX_EXCERPT_LINES = 4;
function stylish(ctx) {
  const width = layoutWidth(ctx.width);
  const p = palette(ctx.color);
  const show2 = (repoPath) => visible(ctx.displayPath ? ctx.displayPath(repoPath) : repoPath);
  const out = [];
  const linesOf = /* @__PURE__ */ new Map();
  const sourceLines = (repoPath) => {
    let lines = linesOf.get(repoPath);
    if (!lines) {
      const text = ctx.sources?.get(repoPath);
      if (text === void 0) return void 0;
      lines = text.split("\n");
      linesOf.set(repoPath, lines);
    }
    return lines;
  };
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of ctx.results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixErrors += r.fixableErrorCount;
    fixWarnings += r.fixableWarningCount;
    const repoPath = ctx.repoPaths?.get(r.file);
    for (const f of r.findings) {
      const shown = visible(r.file);
      if (out.length) out.push("");
      out.push(...diagnostic(f, shown, sourceLines(repoPath ?? f.file), width, p, show2));
    }
  }
  for (const n of ctx.notices ?? []) {
    if (out.length) out.push("");
    out.push(...wrap(words(visible(n)), width, p.label("note:") + " ", " ".repeat(6)));
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const mark = errors ? p.severity.error("✖") : warnings ? p.severity.warning("⚠") : p.severity.info("ℹ");
    const counts2 = [plural3(errors, "error"), plural3(warnings, "warning"), plural3(infos, "info")].filter((s) => s !== "");
    out.push("", ...wrap(words(`${mark} ${total} problem${total === 1 ? "" : "s"} (${counts2.join(", ")})`), width, "", INDENT));
    if (fixErrors + fixWarnings) {
      const fixable = [plural3(fixErrors, "error"), plural3(fixWarnings, "warning")].filter((s) => s !== "").join(" and ");
      out.push(...wrap(words(`${fixable} potentially fixable with the \`--fix\` option.`), width, INDENT, INDENT));
    }
  }
  return out.length ? noWorkflowCommands(out.join("\n") + "\n") : "";
}
function diagnostic(f, shownPath, lines, width, p, show2) {
  const sev = p.severity[f.severity];
  const header = [
    { text: `${linePath(shownPath)}:${f.range.line}:${f.range.column}:`, paint: p.path },
    { text: `${f.severity}:`, paint: sev },
    ...words(visible(f.parts.what || f.message)),
    { text: `[${visible(f.ruleId)}]`, paint: p.rule }
  ];
  const out = wrap(header, width, "", INDENT);
  if (lines) {
    const ex = excerpt(lines, f.range, width, p, sev);
    if (ex.length) out.push("", ...ex);
  }
  const notes = [];
  const label = (name, text) => {
    if (text.trim() === "") return;
    notes.push(...wrap(words(visible(text)), width, INDENT + p.label(`${name}:`) + " ".repeat(5 - name.length), INDENT + " ".repeat(6)));
  };
  label("why", f.parts.why);
  label("fix", f.parts.fix);
  for (const rel of f.related ?? []) label("note", `${linePath(show2(rel.file))}:${rel.range.line}:${rel.range.column}: ${rel.message}`);
  if (notes.length) out.push("", ...notes);
  return out;
}
var STYLISH_WORK = { chars: 0 };
function layoutLine(line) {
  STYLISH_WORK.chars += line.length;
  const pieces = [];
  const colOf = [];
  let col = 0;
  let offset = 0;
  for (const ch of line) {
    const text = ch === "	" ? "    " : visible(ch);
    const cols = displayWidth(text);
    for (let k = 0; k < ch.length; k++) colOf[offset + k] = col;
    pieces.push({ text, col, cols });
    col += cols;
    offset += ch.length;
  }
  colOf[offset] = col;
  return { pieces, colAt: (o) => o <= 0 ? 0 : o >= offset ? col + (o - offset) : colOf[o], total: col };
}
function excerpt(lines, range2, width, p, sev) {
  const count = lines.length;
  const start = Math.min(Math.max(1, range2.line), count);
  let end = Math.min(Math.max(start, range2.endLine), count);
  let endColumn = range2.endColumn;
  if (end > start && endColumn <= 1) {
    end--;
    endColumn = Number.MAX_SAFE_INTEGER;
  }
  if (end < range2.endLine && end === count) endColumn = Number.MAX_SAFE_INTEGER;
  const text = (n) => lines[n - 1].replace(/\r$/, "");
  const shown = end - start + 1 <= MAX_EXCERPT_LINES ? range_(start, end) : [start, start + 1, 0, end];
  const numWidth = String(end).length;
  const gutter = (n) => `${INDENT}${p.gutter(`${String(n).padStart(numWidth)} │`)}`;
  const gutterCols = INDENT.length + numWidth + 2;
  const room = Math.max(10, width - gutterCols - 1);
  const out = [];
  for (const n of shown) {
    if (n === 0) {
      out.push(`${INDENT}${p.gutter(`${" ".repeat(numWidth)} ┆`)}`);
      continue;
    }
    const full = text(n);
    const focusOffset = n === start ? range2.column - 1 : /^[ \t]*/.exec(full.slice(0, LONG_LINE))?.[0].length ?? 0;
    const cutAt = full.length > LONG_LINE ? clampToCodePoint(full, Math.max(0, focusOffset - LONG_LINE / 4)) : 0;
    const slice = cutAt > 0 || full.length > LONG_LINE ? full.slice(cutAt, clampToCodePoint(full, cutAt + LONG_LINE)) : full;
    const line = layoutLine(slice);
    const lead = cutAt > 0 ? 1 : 0;
    const col = (offset) => lead + line.colAt(offset - cutAt);
    let from = -1;
    let to = -1;
    if (n === start) {
      from = col(range2.column - 1);
      to = n === end ? col(Math.min(endColumn, Number.MAX_SAFE_INTEGER) - 1) : lead + line.total;
    } else if (n === end) {
      from = col(focusOffset);
      to = col(endColumn - 1);
    }
    if (from >= 0) {
      if (to > lead + line.total) to = lead + line.total;
      if (to <= from) to = from + 1;
    }
    const pieces = lead ? [{ text: "…", col: 0, cols: 1 }, ...line.pieces.map((x) => ({ ...x, col: x.col + 1 }))] : line.pieces;
    const { body, shift, cut } = window(pieces, lead + line.total, room, from);
    out.push(`${gutter(n)} ${body}`.trimEnd());
    if (from >= 0) {
      const a = Math.min(Math.max(0, from - shift), room - 1);
      const b = Math.min(Math.max(a + 1, Math.min(to - shift, cut)), room);
      out.push(`${gutter("")} ${" ".repeat(a)}${sev("^".repeat(b - a))}`);
    }
  }
  return out;
}
var LONG_LINE = 2e3;
function clampToCodePoint(text, offset) {
  if (offset <= 0 || offset >= text.length) return Math.min(Math.max(0, offset), text.length);
  const c = text.charCodeAt(offset);
  return c >= 56320 && c <= 57343 ? offset - 1 : offset;
}
function range_(a, b) {
  const r = [];
  for (let i = a; i <= b; i++) r.push(i);
  return r;
}
function window(pieces, total, room, focus) {
  if (total <= room) return { body: pieces.map((x) => x.text).join(""), shift: 0, cut: total };
  const from = focus > room / 2 ? Math.max(1, Math.min(focus - Math.floor(room / 3), total - (room - 1))) : 0;
  const lead = from > 0 ? "…" : "";
  const avail = room - lead.length;
  const limit = total - from <= avail ? total : from + avail - 1;
  let body = lead;
  let first = -1;
  let last = from;
  for (const x of pieces) {
    if (x.col < from) continue;
    if (x.col + x.cols > limit) break;
    if (first < 0) first = x.col;
    body += x.text;
    last = x.col + x.cols;
  }
  const shift = (first < 0 ? from : first) - lead.length;
  return { body: limit < total ? body + "…" : body, shift, cut: last - shift };
}
function plural3(n, word) {
  return n === 0 ? "" : `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/index.ts
var FORMATTERS = {
  stylish,
  compact,
  json,
  sarif,
  github,
  junit,
  markdown
};
var LAZY_FORMATTERS = {
  html: async () => (await Promise.resolve().then(() => (init_html(), html_exports))).html
};
var FORMAT_NAMES = [...Object.keys(FORMATTERS), ...Object.keys(LAZY_FORMATTERS)];

// src/index.ts
init_access();

// src/resolve/access-delta.ts
init_access();
init_knowledge();
var compareIds = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var APP_ATOMS = ["office365", "microsoft", "other"];
function appAtom(appId) {
  const app = knownApp(appId);
  if (!app) return "other";
  return app.office365 ? "office365" : "microsoft";
}
function userSide(list2) {
  const ids = [];
  const seen = /* @__PURE__ */ new Set();
  let all = false;
  for (const t of list2.targets) {
    const id = normalizeTarget(t.id);
    if (id === "AllUsers") all = true;
    else if (!seen.has(id)) seen.add(id), ids.push(id);
  }
  return { accessType: list2.accessType, all, ids: ids.sort(compareIds) };
}
function memberships(s) {
  const out = [];
  if (s.all || s.ids.length > 0) out.push(true);
  if (!s.all) out.push(false);
  return out;
}
var APP_KEYWORD_SET = /* @__PURE__ */ new Set(["AllApplications", "AllMicrosoftApps", "Office365"]);
function appIndex(list2) {
  const ids = /* @__PURE__ */ new Set();
  const keywords = /* @__PURE__ */ new Set();
  for (const t of list2.targets) {
    const id = normalizeTarget(t.id);
    if (APP_KEYWORD_SET.has(id)) keywords.add(id);
    else ids.add(id);
  }
  return { accessType: list2.accessType, ids, keywords: [...keywords] };
}
function namedInList(index, app) {
  return index.ids.has(app) || index.keywords.some((k) => normalizedTargetCovers(k, app));
}
function atomInList(index, atom) {
  const k = index.keywords;
  if (k.includes("AllApplications")) return true;
  if (atom === "other") return false;
  if (k.includes("AllMicrosoftApps")) return true;
  return atom === "office365" && k.includes("Office365");
}
var COMBOS = ["TT", "TF", "FT", "FF"];
var comboOf = (x, y) => `${x ? "T" : "F"}${y ? "T" : "F"}`;
function userObjects(before, after) {
  const types = /* @__PURE__ */ new Map();
  for (const t of [...before.targets, ...after.targets]) {
    const id = normalizeTarget(t.id);
    types.set(id, (types.get(id) ?? true) && t.type === "user");
  }
  return new Set([...types].filter(([, user]) => user).map(([id]) => id));
}
function accessDelta(before, after) {
  const ub = userSide(before.usersAndGroups);
  const ua = userSide(after.usersAndGroups);
  const ab = appIndex(before.applications);
  const aa = appIndex(after.applications);
  const users = userObjects(before.usersAndGroups, after.usersAndGroups);
  const inA = new Set(ua.ids);
  const inB = new Set(ub.ids);
  const onlyB = ub.ids.filter((id) => !inA.has(id));
  const onlyA = ua.ids.filter((id) => !inB.has(id));
  const realizable = /* @__PURE__ */ new Set();
  for (const x of memberships(ub)) {
    for (const y of memberships(ua)) {
      const c = comboOf(x, y);
      if (c === "TT" && !ub.all && !ua.all) {
        const shared = ub.ids.some((id) => inA.has(id));
        const hasMembers = [...ub.ids, ...ua.ids].some((id) => !users.has(id));
        if (!shared && !hasMembers) continue;
      }
      if (c === "TF" && !ub.all && onlyB.length === 0) continue;
      if (c === "FT" && !ua.all && onlyA.length === 0) continue;
      realizable.add(c);
    }
  }
  const named = [];
  const seenApp = /* @__PURE__ */ new Set();
  for (const id of [...ab.ids, ...aa.ids]) if (!seenApp.has(id)) seenApp.add(id), named.push(id);
  named.sort(compareIds);
  const classes = [...named.map((id) => ({ kind: "app", id })), ...APP_ATOMS.map((atom) => ({ kind: "atom", atom }))];
  const gained = /* @__PURE__ */ new Map();
  const lost = /* @__PURE__ */ new Map();
  for (const combo of COMBOS) {
    if (!realizable.has(combo)) continue;
    const x = combo[0] === "T";
    const y = combo[1] === "T";
    for (const c of classes) {
      const inAb = c.kind === "app" ? namedInList(ab, c.id) : atomInList(ab, c.atom);
      const inAa = c.kind === "app" ? namedInList(aa, c.id) : atomInList(aa, c.atom);
      const was = accessFromMembership(ub.accessType, x, ab.accessType, inAb);
      const is = accessFromMembership(ua.accessType, y, aa.accessType, inAa);
      if (was === is) continue;
      const into = is ? gained : lost;
      const list2 = into.get(combo) ?? [];
      list2.push(c);
      into.set(combo, list2);
    }
  }
  const atoms = new Map(named.map((id) => [id, appAtom(id)]));
  const ctx = { ub, ua, onlyB, onlyA, users, realizable, named, atoms };
  return { gained: statements(ctx, gained), lost: statements(ctx, lost) };
}
function appSet(ctx, changed) {
  const groups = APP_ATOMS.filter((atom) => changed.some((c) => c.kind === "atom" && c.atom === atom));
  const changedApps = new Set(changed.flatMap((c) => c.kind === "app" ? [c.id] : []));
  const inGroups = (id) => groups.includes(ctx.atoms.get(id) ?? "other");
  return {
    groups,
    except: ctx.named.filter((id) => inGroups(id) && !changedApps.has(id)),
    plus: ctx.named.filter((id) => changedApps.has(id) && !inGroups(id))
  };
}
function comboUsers(ctx, combo) {
  const { ub, ua } = ctx;
  switch (combo) {
    case "TT": {
      const memberOf = [];
      if (!ub.all) memberOf.push(ub.ids);
      if (!ua.all && !(memberOf.length === 1 && sameSet(ub.ids, ua.ids))) memberOf.push(ua.ids);
      return { memberOf, notMemberOf: [] };
    }
    case "TF":
      return ub.all ? { memberOf: [], notMemberOf: ua.ids } : withoutOtherUsers(ctx, ctx.onlyB, ua.ids);
    case "FT":
      return ua.all ? { memberOf: [], notMemberOf: ub.ids } : withoutOtherUsers(ctx, ctx.onlyA, ub.ids);
    case "FF":
      return { memberOf: [], notMemberOf: union(ub.ids, ua.ids) };
  }
}
function withoutOtherUsers(ctx, any, none) {
  const onlyUsers = any.every((id) => ctx.users.has(id));
  return { memberOf: [any], notMemberOf: onlyUsers ? none.filter((id) => !ctx.users.has(id)) : none };
}
function sameSet(a, b) {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}
function union(a, b) {
  const s = new Set(a);
  return [...a, ...b.filter((x) => !s.has(x))];
}
function statements(ctx, changes) {
  const byApps = /* @__PURE__ */ new Map();
  for (const combo of COMBOS) {
    const classes = changes.get(combo);
    if (!classes) continue;
    const apps = appSet(ctx, classes);
    const key = JSON.stringify(apps);
    const entry = byApps.get(key);
    if (entry) entry.combos.push(combo);
    else byApps.set(key, { combos: [combo], apps });
  }
  const out = [];
  const r = [...ctx.realizable];
  const is = (combos, pick) => {
    const want = r.filter(pick);
    return want.length > 0 && sameSet(combos, want);
  };
  for (const { combos, apps } of byApps.values()) {
    const { ub, ua } = ctx;
    let users;
    if (sameSet(combos, r)) users = { memberOf: [], notMemberOf: [] };
    else if (is(combos, (c) => c[0] === "T")) users = { memberOf: [ub.ids], notMemberOf: [] };
    else if (is(combos, (c) => c[0] === "F")) users = { memberOf: [], notMemberOf: ub.ids };
    else if (is(combos, (c) => c[1] === "T")) users = { memberOf: [ua.ids], notMemberOf: [] };
    else if (is(combos, (c) => c[1] === "F")) users = { memberOf: [], notMemberOf: ua.ids };
    else if (!ub.all && !ua.all && is(combos, (c) => c !== "FF")) users = { memberOf: [union(ub.ids, ua.ids)], notMemberOf: [] };
    if (users) out.push({ users, apps });
    else for (const c of combos) out.push({ users: comboUsers(ctx, c), apps });
  }
  return out;
}

// src/index.ts
init_knowledge();
init_yaml();
init_graph();
init_trust_map_svg();

// src/intel/explain.ts
init_access();
init_knowledge();
init_tenants();
init_describe();
init_inert();
var ExplainError = class extends Error {
};
var CONDITIONS = {
  "allowed/allowed": { row: 1, condition: "u ∈ U and a ∈ A" },
  "allowed/blocked": { row: 2, condition: "u ∈ U and a ∉ A" },
  "blocked/allowed": { row: 3, condition: "u ∉ U and a ∈ A" },
  "blocked/blocked": { row: 4, condition: "u ∉ U or a ∉ A" }
};
function settingName(kind, direction) {
  return `${kind}${direction === "inbound" ? "Inbound" : "Outbound"}`;
}
function findTenant(model, key) {
  if (key === void 0) {
    const ids = [...new Set(model.tenants.map((t) => t.id))];
    if (ids.length === 1) return model.tenants[0];
    const known2 = [...model.tenants].map((t) => partyLabel(t)).sort(compareStrings);
    throw new ExplainError(
      known2.length === 0 ? "explain needs a tenant file, and this repository declares none" : `this repository declares several tenants: name one with --tenant (declared: ${known2.join(", ")})`
    );
  }
  if (isGuid(key)) {
    const t = declaredTenant(model, key);
    if (t) return t;
  } else {
    const named = model.tenants.filter((t) => t.name !== void 0 && t.name.toLowerCase() === key.toLowerCase());
    const ids = [...new Set(named.map((t) => t.id))];
    if (ids.length === 1) return named[0];
    if (ids.length > 1) throw new ExplainError(`several tenants are named "${key}" (${ids.sort(compareStrings).join(", ")}): give the tenant ID`);
  }
  const known = [...model.tenants].map((t) => partyLabel(t)).sort(compareStrings);
  throw new ExplainError(`no tenant "${key}" is declared in this repository${known.length ? ` (declared: ${known.join(", ")})` : ""}`);
}
function findPartner(model, tenant, key) {
  if (isGuid(key)) {
    const id = key.toLowerCase();
    const p = tenant.partnersById.get(id)?.[0];
    return { id, name: p?.name ?? declaredTenant(model, id)?.name ?? null };
  }
  const lower = key.toLowerCase();
  const partnerIds = [...new Set(tenant.partners.filter((p) => p.name?.toLowerCase() === lower).map((p) => p.id))];
  if (partnerIds.length > 1) throw new ExplainError(`${tenant.label} has several partners named "${key}" (${partnerIds.sort(compareStrings).join(", ")}): give the tenant ID`);
  if (partnerIds.length === 1) return { id: partnerIds[0], name: tenant.partnersById.get(partnerIds[0])?.[0]?.name ?? null };
  const tenantIds = [...new Set(model.tenants.filter((t) => t.name?.toLowerCase() === lower).map((t) => t.id))];
  if (tenantIds.length === 1) return { id: tenantIds[0], name: declaredTenant(model, tenantIds[0])?.name ?? null };
  if (tenantIds.length > 1) throw new ExplainError(`several tenants are named "${key}" (${tenantIds.sort(compareStrings).join(", ")}): give the tenant ID`);
  throw new ExplainError(`${tenant.label} has no partner named "${key}": give its tenant ID to see what the default allows`);
}
var partyOf = (t) => ({ id: t.id, name: t.name ?? null });
function matchAt(loc) {
  return loc ? where(loc) : null;
}
function listEvidence(list2, member, matched) {
  return { accessType: list2.accessType, targets: describeTargets(list2), level: list2.level, at: where(list2.at), member, matched };
}
function verdict(outcomes) {
  if (outcomes.every((o) => o.allowed)) return "allowed";
  if (outcomes.every((o) => !o.allowed)) return "blocked";
  return "depends";
}
function explainSide(tenant, other, name, q2) {
  const applied = effectiveFor(tenant, other.id);
  const setting = applied.settings.b2b[name];
  const u = setting.usersAndGroups;
  const a = setting.applications;
  const subject = { ...q2.user ? { user: q2.user } : {}, groups: [...q2.groups ?? []] };
  const subjectGiven = Boolean(q2.user) || (q2.groups?.length ?? 0) > 0;
  const ids = new Set([q2.user ?? "", ...q2.groups ?? []].filter(Boolean).map(normalizeTarget));
  let inU = null;
  let userMatches = [];
  if (subjectGiven) {
    inU = subjectInList(u, subject);
    userMatches = u.targets.filter((t) => t.id === "AllUsers" || ids.has(t.id)).map((t) => ({ target: describeTarget({ id: t.id, type: t.type, label: t.decl?.label }), at: matchAt(t.decl?.target.loc) }));
  }
  let inA = null;
  let appMatches = [];
  if (q2.app) {
    inA = appInList(a, q2.app);
    const app = normalizeTarget(q2.app);
    appMatches = a.targets.filter((t) => appTargetCovers(t.id, app)).map((t) => {
      const words2 = describeTarget({ id: t.id, type: t.type, label: t.decl?.label });
      return { target: normalizeTarget(t.id) === app ? words2 : `${words2}, which include it`, at: matchAt(t.decl?.target.loc) };
    });
  }
  const us = inU === null ? userMembershipClasses(u) : [inU];
  const as = inA === null ? appMembershipClasses(a) : [inA];
  const outcomes = [];
  for (const x of us) for (const y of as) outcomes.push({ inUsers: x, inApplications: y, allowed: accessFromMembership(u.accessType, x, a.accessType, y) });
  const c = CONDITIONS[`${u.accessType}/${a.accessType}`];
  const result = verdict(outcomes);
  return {
    tenant: partyOf(tenant),
    partner: other,
    listed: applied.partner !== void 0,
    setting: name,
    level: setting.level,
    at: where(setting.at),
    access: describeAccess(setting),
    usersAndGroups: listEvidence(u, inU, userMatches),
    applications: listEvidence(a, inA, appMatches),
    row: { row: c.row, users: u.accessType, applications: a.accessType, condition: c.condition },
    outcomes,
    result,
    blockedInPractice: name === "b2bDirectConnectInbound" && result !== "blocked" ? mfaTrustBlocks(tenant, applied.settings.inboundTrust.isMfaAccepted) : null
  };
}
function mfaTrustBlocks(tenant, trust) {
  const fact = tenant.facts.mfaRequiredForExternalUsers;
  if (trust.value || fact?.value === false) return null;
  return {
    certain: fact?.value === true,
    rule: "direct-connect-mfa-trust",
    mfaRequired: fact?.value === true ? { value: true, at: where(fact.loc) } : null,
    mfaTrusted: { value: false, level: trust.level, at: where(trust.at) }
  };
}
function explainAccess(model, q2) {
  const tenant = findTenant(model, q2.tenant);
  const partner = findPartner(model, tenant, q2.partner);
  if (partner.id === tenant.id) throw new ExplainError(`the partner is ${tenant.label} itself: cross-tenant access settings apply between two tenants`);
  const name = settingName(q2.kind, q2.direction);
  const sides = [explainSide(tenant, partner, name, q2)];
  const notes = [];
  const otherTenant = declaredTenant(model, partner.id);
  const otherName = settingName(q2.kind, q2.direction === "inbound" ? "outbound" : "inbound");
  if (otherTenant) sides.push(explainSide(otherTenant, partyOf(tenant), otherName, q2));
  else {
    notes.push(
      `${partyLabel({ id: partner.id, name: partner.name ?? void 0 })} is not declared in this repository: its own ${SETTING_LABEL[otherName]} settings also apply and are not checked here.`
    );
  }
  const results = sides.map((s) => s.result);
  const result = results.includes("blocked") ? "blocked" : results.every((r) => r === "allowed") ? "allowed" : "depends";
  const home = q2.direction === "inbound" ? partner : partyOf(tenant);
  const resource = q2.direction === "inbound" ? partyOf(tenant) : partner;
  return {
    tenant: partyOf(tenant),
    partner,
    direction: q2.direction,
    kind: q2.kind,
    home,
    resource,
    user: q2.user ? normalizeTarget(q2.user) : null,
    groups: (q2.groups ?? []).map(normalizeTarget),
    app: q2.app ? normalizeTarget(q2.app) : null,
    result,
    sides,
    notes
  };
}
var LEVEL_TEXT = {
  partner: "partner entry",
  default: "inherited from the default",
  service: "Microsoft's service default, not declared"
};
function memberText(e, what, matches) {
  if (e.member === null) return `${what === "user" ? "no user given" : "no app given"}: each case is shown below`;
  const subject = what === "user" ? "the user" : "the app";
  if (!e.member) return `${subject} is not in the list`;
  const how = matches.map((m) => m.at ? `${m.target}, at ${m.at}` : `${m.target} (Microsoft's service default)`).join("; ");
  return `${subject} is in the list: ${how}`;
}
var kindWords = (k) => k === "b2bCollaboration" ? "B2B collaboration" : "B2B direct connect";
function practiceText(s, b) {
  const tenant = s.tenant.name ?? s.tenant.id;
  const partner = s.partner.name ?? s.partner.id;
  const microsoft = "Microsoft blocks B2B direct connect users whose MFA is not trusted (see direct-connect-mfa-trust)";
  return b.certain ? `blocked in practice: ${tenant} requires MFA of external users and does not trust MFA from ${partner}, and ${microsoft}` : `blocked in practice if a Conditional Access policy of ${tenant} requires MFA of external users (tenant.facts.mfaRequiredForExternalUsers is not declared): ${tenant} does not trust MFA from ${partner}, and ${microsoft}`;
}
function renderExplanation(e, width = DEFAULT_WIDTH) {
  const who = e.user ? `user ${e.user}` : e.groups.length ? "a user" : "any user";
  const groups = e.groups.length ? ` in group${e.groups.length === 1 ? "" : "s"} ${e.groups.join(", ")}` : "";
  const app = e.app ? describeTarget({ id: e.app, type: "application" }) : "any app";
  const lines = [];
  const put = (text, first = "", rest = first + "  ") => {
    lines.push(...wrap(urlWords(visible(text)), width, first, rest));
  };
  put(`${kindWords(e.kind)}, ${e.direction}: ${who}${groups} from ${partyLabel({ id: e.home.id, name: e.home.name ?? void 0 })}`, "", "  ");
  put(`using ${app} in ${partyLabel({ id: e.resource.id, name: e.resource.name ?? void 0 })}`, "  ", "    ");
  lines.push("");
  const practice = e.sides.find((s) => s.blockedInPractice !== null);
  let result = `Result: ${e.result.toUpperCase()}`;
  if (e.result === "depends") result += " (on the user or app: see the table rows below)";
  if (practice?.blockedInPractice && e.result !== "blocked") {
    result += e.result === "allowed" ? ` by the settings, but ${practiceText(practice, practice.blockedInPractice)}` : `; where the settings allow, ${practiceText(practice, practice.blockedInPractice)}`;
  }
  put(result, "", "  ");
  e.sides.forEach((s, i) => {
    lines.push("");
    const tenant = partyLabel({ id: s.tenant.id, name: s.tenant.name ?? void 0 });
    const partner = partyLabel({ id: s.partner.id, name: s.partner.name ?? void 0 });
    const b = s.blockedInPractice;
    const inPractice = `blocked in practice${b?.certain ? "" : " if Conditional Access requires MFA of external users"}`;
    const outcome = !b ? s.result : s.result === "allowed" ? `allowed by the settings, but ${inPractice}` : `${s.result}; where the settings allow, ${inPractice}`;
    put(`${i + 1}. ${tenant}, ${SETTING_LABEL[s.setting]} (${s.setting}) for ${partner}: ${outcome}`, "", "   ");
    put(`${s.listed ? `${partner} is a partner` : `${partner} is not a partner: the default applies`}; the setting: ${LEVEL_TEXT[s.level]}, ${s.at}`, "   ");
    put(`in effect: ${s.access}`, "   ");
    put(`usersAndGroups (U): ${s.usersAndGroups.accessType}: ${s.usersAndGroups.targets} — ${LEVEL_TEXT[s.usersAndGroups.level]}, ${s.usersAndGroups.at}`, "   ");
    put(memberText(s.usersAndGroups, "user", s.usersAndGroups.matched), "     ");
    put(`applications (A): ${s.applications.accessType}: ${s.applications.targets} — ${LEVEL_TEXT[s.applications.level]}, ${s.applications.at}`, "   ");
    put(memberText(s.applications, "app", s.applications.matched), "     ");
    put(`access table row ${s.row.row} (users ${s.row.users}, applications ${s.row.applications}): access iff ${s.row.condition}`, "   ");
    for (const o of s.outcomes) {
      put(`u ${o.inUsers ? "∈" : "∉"} U, a ${o.inApplications ? "∈" : "∉"} A → ${o.allowed ? "allowed" : "blocked"}`, "     ");
    }
    if (b) {
      const required = b.mfaRequired ? `tenant.facts.mfaRequiredForExternalUsers: true, ${b.mfaRequired.at}` : "tenant.facts.mfaRequiredForExternalUsers: not declared";
      put(`blocked in practice: ${required}; inboundTrust.isMfaAccepted: false — ${LEVEL_TEXT[b.mfaTrusted.level]}, ${b.mfaTrusted.at}`, "   ");
    }
  });
  for (const n of e.notes) {
    lines.push("");
    put(`Note: ${n}`, "", "  ");
  }
  lines.push("");
  return lines.join("\n");
}
export {
  APPS,
  ConfigError,
  DEFAULT_LIMITS,
  ExplainError,
  FORMATTERS,
  RULES,
  RULES_BY_ID,
  SERVICE_DEFAULT,
  accessDelta,
  accessFromMembership,
  always,
  appTargetCovers,
  buildGraph,
  buildModel,
  canAccess,
  compareFindings,
  defaultConfig,
  defineRule,
  docsUrl,
  documentOf,
  explainAccess,
  joinMessage,
  lintFiles,
  locRange,
  parseConfig,
  parseRuleOption,
  renderExplanation,
  strictOnly,
  trustMapSvg
};
