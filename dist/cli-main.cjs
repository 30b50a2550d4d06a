#!/usr/bin/env node
'use strict'; var __xtapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC2 = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC2;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC2;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap4;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar4;
    exports2.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
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
        } else if (identity.isPair(node)) {
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
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
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
        } else if (identity.isPair(node)) {
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
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy2 = new _Directives(this.yaml, this.tags);
        copy2.docStart = this.docStart;
        return copy2;
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
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root2, {
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
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
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
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
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
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
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
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias2 = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
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
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
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
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
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
          anchors.anchorIsValid(this.source);
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
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias2;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
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
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias2 = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
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
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias2.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
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
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
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
      clone(schema) {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy2.schema = schema;
        copy2.items = copy2.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
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
          if (identity.isCollection(node))
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
        if (identity.isCollection(node))
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
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        return identity.isCollection(node) ? node.hasIn(rest) : false;
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
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str2, indent, comment2) => str2.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str2.endsWith(" ") ? "" : " ") + comment2;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
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
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      const json3 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json3;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json3[i]; ch; ch = json3[++i]) {
        if (ch === " " && json3[i + 1] === "\\" && json3[i + 2] === "n") {
          str2 += json3.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json3[i + 1]) {
            case "u":
              {
                str2 += json3.slice(start, i);
                const code2 = json3.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json3.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json3[i + 2] === '"' || json3.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json3.slice(start, i) + "\n\n";
                while (json3[i + 2] === "\\" && json3[i + 3] === "n" && json3[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json3[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json3.slice(start) : json3;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
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
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
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
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
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
      if (identity.isScalar(item)) {
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
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
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
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey2;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
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
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
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
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap2;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
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
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
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
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
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
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
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
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
        return stringifyNumber.stringifyNumber(node);
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
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
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
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
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
        tags = tags.concat(merge2.merge);
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
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy2 = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy2.tags = this.tags.slice();
        return copy2;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
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
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
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
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias2 = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document5 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
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
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy2 = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy2.commentBefore = this.commentBefore;
        copy2.comment = this.comment;
        copy2.errors = this.errors.slice();
        copy2.warnings = this.warnings.slice();
        copy2.options = Object.assign({}, this.options);
        if (this.directives)
          copy2.directives = this.directives.clone();
        copy2.schema = this.schema.clone();
        copy2.contents = identity.isNode(this.contents) ? this.contents.clone(copy2.schema) : this.contents;
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
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
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias2.Alias(node.anchor);
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
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
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
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
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
        return new Pair.Pair(k, v);
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
        if (Collection.isEmptyPath(path2)) {
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
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
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
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
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
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json3, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json3,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document5;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message2) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLParseError", pos, code2, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLWarning", pos, code2, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError2;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
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
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
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
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
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
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep8, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep8?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep8) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep8 ?? [], {
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
          const valueNode2 = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep8, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode2.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode2);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
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
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep8 = "";
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
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep8 + cb;
              sep8 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep8 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
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
        const { start, key, sep: sep8, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep8?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep8 && !value) {
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
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep8 && !props.found) {
          const valueNode2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep8, null, props, onError);
          coll.items.push(valueNode2);
          offset = valueNode2.range[2];
          if (isBlock(value))
            onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep8 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep8)
                for (const st of sep8) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
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
          const valueNode2 = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep8, null, valueProps, onError) : null;
          if (valueNode2) {
            if (isBlock(value))
              onError(valueNode2.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode2);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode2 ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode2 ? valueNode2.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
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
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
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
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
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
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
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
      let sep8 = "";
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
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep8 === " ")
            sep8 = "\n";
          else if (!prevMoreIndented && sep8 === "\n")
            sep8 = "\n\n";
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep8 === "\n")
            value += "\n";
          else
            sep8 = "\n";
        } else {
          value += sep8 + content;
          sep8 = " ";
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
      const end = start + header.length + scalar2.source.length;
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
      let comment2 = "";
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
            comment2 = token.source.substring(1);
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
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
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
      let sep8 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep8 === "\n")
            res += sep8;
          else
            sep8 = "\n";
        } else {
          res += sep8 + lm;
          sep8 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep8 + (match2?.[1] ?? "");
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
    var escapeCodes = {
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
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range2;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment2)
        scalar2.comment = comment2;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
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
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias2 = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
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
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
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
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias2.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document5 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document5.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
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
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document5 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment: comment2, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
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
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
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
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
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
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
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
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
          const doc = new Document5.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep8, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep8)
        for (const st of sep8)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
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
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
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
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
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
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar4;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
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
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
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
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
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
        if (line[0] === cst.BOM) {
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
        yield cst.DOCUMENT;
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
            yield cst.FLOW_END;
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
        yield cst.SCALAR;
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
        yield cst.SCALAR;
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
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
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
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
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
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
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
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
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
        this.lexer = new lexer.Lexer();
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
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
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
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
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
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
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
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep8;
          if (scalar2.end) {
            sep8 = scalar2.end;
            sep8.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep8 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep8 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
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
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
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
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep8 = it.sep;
                  sep8.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep8 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
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
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
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
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
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
            const sep8 = fc.end.splice(1, fc.end.length);
            sep8.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep8 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
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
        return start.every((st) => st.type === "newline" || st.type === "space");
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
    exports2.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document5 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse5(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document5.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse5;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document5 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias2 = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document5.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias2.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap2.YAMLMap;
    exports2.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// src/cli/io.ts
var import_node_module = require("node:module");
var CliError = class extends Error {
};
function processIo() {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => Buffer.from(await readAll()).toString("utf8"),
    readStdinBytes: readAll,
    // Asked only when colour is in question (not with --output or --no-color). node:tty, like process.stdout,
    // loads the stream and networking modules: a few milliseconds of start-up a run that writes a file does not need.
    get stdoutIsTTY() {
      return (0, import_node_module.createRequire)(__xtapImportMetaUrl)("node:tty").isatty(1);
    },
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : void 0;
    },
    get confirm() {
      const tty = (0, import_node_module.createRequire)(__xtapImportMetaUrl)("node:tty");
      if (!tty.isatty(0) || !tty.isatty(1)) return void 0;
      return async (question) => {
        const readline = (0, import_node_module.createRequire)(__xtapImportMetaUrl)("node:readline/promises");
        const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
        try {
          return /^y(es)?$/i.test((await rl.question(question)).trim());
        } finally {
          rl.close();
        }
      };
    }
  };
}
async function readAll() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks);
}

// src/cli/commands/lint.ts
var import_node_fs5 = require("node:fs");
var import_node_path5 = require("node:path");

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
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
        bi = str2.indexOf(b, i + 1);
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
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
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
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
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
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
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
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
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
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
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
      str2 = m.post;
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
        str2 = m.pre + "{" + m.body + escClose + m.post;
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
          str2 = m.post;
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
    str2 = m.post;
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
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
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
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
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
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
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
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
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
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
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
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
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
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
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
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code2 = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
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
  const copy2 = {};
  for (const k in o)
    copy2[k] = o[k];
  return copy2;
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
var dotPortion = (f, start, end, dot, sep8) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep8))
        return true;
    }
    const s = nextSep(f, k, sep8);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep8))
      k++;
  }
  return false;
};
var isSep = (c, sep8) => sep8 === "/" ? c === 47 : sep8 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep8) => {
  if (sep8 !== "both")
    return f.indexOf(sep8, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep8) => sep8 !== "both" ? f.lastIndexOf(sep8, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
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
    let set = this.globParts.map((s, _, __) => {
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
    this.set = set.filter((s) => s.indexOf(false) === -1);
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
    const P = partIds.size;
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
        const key = pre[k] * P + r[k];
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
        const key = suf[k + 1] * P + r[k];
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
      const root2 = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root2 && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
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
    const sep8 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
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
        const i = lastSep(f, f.length, sep8);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep8))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep8) + 1;
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
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep8)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep8))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep8);
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
  #walk(f, row2, head, dot, sep8) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep8))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep8); e !== -1; e = nextSep(f, s, sep8)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep8))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep8))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep8))
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
      const root2 = this.#rootIndex(parts) + 1;
      let dd = root2;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root2);
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
        const root2 = this.#rootIndex(parts) + 1;
        let dd = root2;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root2);
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
    const set = braceExpand(marked, this.options);
    for (const p of set) {
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
    return set;
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
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
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

// src/load/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var LOAD_WORK = { steps: 0 };
var DEFAULT_PARSE_LIMITS = { maxAliasCount: 100, maxDepth: 64 };
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false, resolveKnownTags: false, logLevel: "error" };
function lineIndex(text) {
  const lc = new import_yaml.LineCounter();
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
var HARD_MAX_DEPTH = 256;
function parseChecked(text, maxDepth) {
  const limit = Math.min(maxDepth, HARD_MAX_DEPTH);
  let deepAt;
  function* checked() {
    for (const token of new import_yaml.Parser().parse(text)) {
      deepAt = tooDeep(token, limit);
      if (deepAt !== void 0) return;
      yield token;
    }
  }
  let doc;
  for (const d of new import_yaml.Composer(PARSE_OPTIONS).compose(checked(), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new import_yaml.YAMLParseError([d.range[0], d.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return deepAt === void 0 ? { doc } : { doc, deepAt };
}
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
function tooDeep(root2, limit) {
  const stack = [[root2, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push([x, depth]);
      continue;
    }
    const t = v;
    let d = depth;
    if (typeof t.type === "string" && COLLECTIONS.has(t.type)) {
      d++;
      if (d > limit) return typeof t.offset === "number" ? t.offset : 0;
    }
    for (const x of Object.values(v)) if (x !== null && typeof x === "object") stack.push([x, d]);
  }
  return void 0;
}
var TOKEN_TYPES = /* @__PURE__ */ new Set([
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
var INDICATORS = /* @__PURE__ */ new Map([
  [",", "comma"],
  [":", "map value indicator `:`"],
  ["?", "explicit key indicator `?`"],
  ["-", "sequence item indicator `-`"],
  ["]", "flow sequence end `]`"],
  ["}", "flow map end `}`"],
  ["[", "flow sequence start `[`"],
  ["{", "flow map start `{`"]
]);
var FIXED_MESSAGES = /* @__PURE__ */ new Set([
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
var CODE_WORDS = /* @__PURE__ */ new Map([
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
var tokenWords = (type) => type.replace(/-ind$/, "-indicator").replace(/-/g, " ");
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
var ALIAS_TARGETS = /* @__PURE__ */ new WeakMap();
function keyText(key) {
  const k = (0, import_yaml.isAlias)(key) ? ALIAS_TARGETS.get(key) : key;
  if (!(0, import_yaml.isScalar)(k)) return void 0;
  return k.value === null ? "" : String(k.value);
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && key.value === "<<" && (key.type === void 0 || key.type === "PLAIN");
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
    if ((0, import_yaml.isAlias)(node)) {
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
    if ((0, import_yaml.isMap)(n)) {
      const keys = /* @__PURE__ */ new Set();
      let merges2;
      for (const pair2 of n.items) {
        w += walk(pair2.key) + walk(pair2.value);
        if (problem2) break;
        if (isMergeKey(pair2.key)) {
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
    } else if ((0, import_yaml.isSeq)(n)) {
      for (const item of n.items) w += walk(item);
    }
    open.delete(n);
    w = Math.min(w, Number.MAX_SAFE_INTEGER);
    weight.set(n, w);
    return w;
  };
  const merge2 = (map, pair2, explicit) => {
    const value = (0, import_yaml.isAlias)(pair2.value) ? ALIAS_TARGETS.get(pair2.value) : pair2.value;
    const sources = (0, import_yaml.isSeq)(value) ? value.items.map((i) => (0, import_yaml.isAlias)(i) ? ALIAS_TARGETS.get(i) : i) : [value];
    const added = [];
    for (const source of sources) {
      if (!(0, import_yaml.isMap)(source)) {
        fail("a merge key `<<` takes a map or a list of maps (`<<: *base`, `<<: [*a, *b]`)", pair2.value ?? pair2.key);
        return 0;
      }
      const r = offsetsOf(source);
      const into = offsetsOf(map);
      if (r[0] >= 0 && into[0] >= 0) merges.push({ into: [into[0], into[1]], from: [r[0], r[1]] });
      for (const p of source.items) {
        const k = keyText(p.key);
        if (k === void 0 || explicit.has(k)) continue;
        explicit.add(k);
        added.push(p);
      }
    }
    const at = map.items.indexOf(pair2);
    map.items.splice(at, 1, ...added);
    return added.length;
  };
  const total = walk(doc.contents);
  if (!problem2 && total > limits.maxAliasCount) {
    fail(`the document expands more than ${limits.maxAliasCount} aliases (an alias bomb?)`, null, true);
  }
  return { problem: problem2, merges };
}
function toData(root2) {
  const done = /* @__PURE__ */ new Map();
  const convert = (node) => {
    if (node === null || node === void 0) return null;
    LOAD_WORK.steps++;
    if ((0, import_yaml.isAlias)(node)) node = ALIAS_TARGETS.get(node) ?? null;
    if (done.has(node)) return done.get(node);
    let out;
    if ((0, import_yaml.isScalar)(node)) out = node.value === void 0 ? null : node.value;
    else if ((0, import_yaml.isMap)(node)) {
      const obj = {};
      done.set(node, obj);
      for (const pair2 of node.items) {
        const k = keyText(pair2.key) ?? JSON.stringify(convert(pair2.key));
        Object.defineProperty(obj, k, { value: convert(pair2.value), enumerable: true, writable: true, configurable: true });
      }
      out = obj;
    } else if ((0, import_yaml.isSeq)(node)) {
      const arr2 = [];
      done.set(node, arr2);
      for (const item of node.items) arr2.push(convert(item));
      out = arr2;
    } else out = null;
    done.set(node, out);
    return out;
  };
  return convert(root2);
}
function nodeData(file, node) {
  return documentOf(file) ? toData(node) : void 0;
}
function findTooDeep(root2, maxDepth) {
  const visit2 = (n, d) => {
    if (!(0, import_yaml.isMap)(n) && !(0, import_yaml.isSeq)(n)) return void 0;
    if (d >= maxDepth) return n;
    for (const item of n.items) {
      const hit = (0, import_yaml.isPair)(item) ? visit2(item.key, d + 1) ?? visit2(item.value, d + 1) : visit2(item, d + 1);
      if (hit) return hit;
    }
    return void 0;
  };
  return visit2(root2, 0);
}
function documentOf(file) {
  if (file.doc || file.broken) return file.doc;
  const doc = parseChecked(file.text, HARD_MAX_DEPTH).doc;
  if (!doc) return void 0;
  prepare(doc, { maxAliasCount: Number.MAX_SAFE_INTEGER, maxDepth: Number.MAX_SAFE_INTEGER });
  file.doc = doc;
  return file.doc;
}
var NO_RANGE = [-1, -1];
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
var SORTED_MERGES = /* @__PURE__ */ new WeakMap();
function hasNode(loc) {
  return loc.start >= 0;
}
function nodeAt(loc, kind) {
  const doc = documentOf(loc.file);
  if (!doc || loc.start < 0) return void 0;
  const want = (n) => kind === "map" ? (0, import_yaml.isMap)(n) : kind === "seq" ? (0, import_yaml.isSeq)(n) : (0, import_yaml.isScalar)(n);
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
    if ((0, import_yaml.isMap)(n)) {
      for (const p of n.items) {
        walk(p.key);
        walk(p.value);
      }
    } else if ((0, import_yaml.isSeq)(n)) {
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
  if (!(0, import_yaml.isMap)(node)) return out;
  LOAD_WORK.steps += node.items.length;
  for (const pair2 of node.items) {
    if ((0, import_yaml.isScalar)(pair2.key)) out.push([String(pair2.key.value), pair2]);
  }
  return out;
}
function getPair(node, key) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  const items = node.items;
  if (items.length > SMALL_MAP) {
    let index = PAIR_INDEX.get(node);
    if (!index || index.length !== items.length) {
      index = { length: items.length, pairs: /* @__PURE__ */ new Map() };
      LOAD_WORK.steps += items.length;
      for (const pair2 of items) {
        if ((0, import_yaml.isScalar)(pair2.key)) {
          const k = String(pair2.key.value);
          if (!index.pairs.has(k)) index.pairs.set(k, pair2);
        }
      }
      PAIR_INDEX.set(node, index);
    }
    const hit = index.pairs.get(key);
    if (hit === void 0 || (0, import_yaml.isScalar)(hit.key) && String(hit.key.value) === key) return hit;
    PAIR_INDEX.delete(node);
  }
  for (const pair2 of items) {
    LOAD_WORK.steps++;
    if ((0, import_yaml.isScalar)(pair2.key) && String(pair2.key.value) === key) return pair2;
  }
  return void 0;
}
var SMALL_MAP = 16;
var PAIR_INDEX = /* @__PURE__ */ new WeakMap();
function deref(doc, node) {
  if ((0, import_yaml.isAlias)(node)) {
    const target = ALIAS_TARGETS.get(node);
    if (target) return target;
  }
  if ((0, import_yaml.isAlias)(node) && doc) {
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
    if ((0, import_yaml.isMap)(node)) {
      const pair2 = getPair(node, seg);
      if (!pair2) return { node, key, exact: false };
      key = pair2.key;
      node = pair2.value;
      if (node === null || node === void 0) return { node: key, key, exact: true };
    } else if ((0, import_yaml.isSeq)(node)) {
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
function loadFiles(inputs, limits = DEFAULT_PARSE_LIMITS, onParsed) {
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
  const includes2 = resolveIncludes(files, kinds, read, reports);
  return { files, kinds, includes: includes2, reports };
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
  const root2 = file.doc?.contents;
  const includes2 = [];
  const pair2 = getPair(root2, "include");
  if (pair2 && (0, import_yaml.isSeq)(pair2.value)) {
    for (const item of pair2.value.items) {
      const glob = item.value;
      if (typeof glob === "string") includes2.push({ glob, loc: locOf(file, item) });
    }
  }
  return { includes: includes2, partnersKey: locOf(file, getPair(root2, "partners")?.key) };
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
var import_yaml3 = __toESM(require_dist(), 1);
var DIRECTIVE_RE = /^#\s*xtap-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;
function yamlComments(text) {
  const out = [];
  const stack = [];
  for (const token of new import_yaml3.Parser().parse(text)) stack.push(token);
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
  for (const comment2 of yamlComments(text)) {
    if (!comment2.source.includes("xtap-lint-")) continue;
    const m = DIRECTIVE_RE.exec(comment2.source.trimEnd());
    if (!m) continue;
    const i = lineOf(comment2.offset);
    const bom = i === 0 && text.charCodeAt(0) === 65279 ? 1 : 0;
    const before = text.slice(lineStarts[i] + bom, comment2.offset);
    const kind = m[1];
    const rest = m[2];
    const sep8 = rest.indexOf(" --");
    const ruleText = (sep8 === -1 ? rest : rest.slice(0, sep8)).trim();
    const reasonText = sep8 === -1 ? void 0 : rest.slice(sep8 + 3).trim();
    const rules = ruleText === "" ? [] : ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const column = before.length + 1;
    const d = {
      kind,
      rules,
      reason: reasonText ? reasonText : void 0,
      line,
      column,
      endColumn: column + comment2.source.trimEnd().length,
      fromLine: line,
      toLine: line
    };
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

// src/validate/generated/validators.js
var validateTenant = validate10;
var schema14 = { "type": "string", "enum": ["commercial", "usGovernment", "china"] };
var schema15 = { "type": "string", "enum": ["free", "p1", "p2"] };
var func2 = (function ucs2length(str2) {
  const len = str2.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str2.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str2.charCodeAt(pos);
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
var schema37 = { "type": "object", "additionalProperties": false, "required": ["tenantId"], "properties": { "tenantId": { "$ref": "#/$defs/guid" }, "name": { "type": "string", "maxLength": 2048 }, "cloud": { "$ref": "#/$defs/cloud" }, "license": { "$ref": "#/$defs/license" }, "appServiceConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyAppServiceConnectSetting" }, "automaticUserConsentSettings": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "b2bCollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bCollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectInbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "b2bDirectConnectOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyB2BSetting" }, "blockServiceProviderOutboundAccess": { "type": ["boolean", "null"] }, "crossCloudMeetingConfiguration": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "deletedDateTime": { "$ref": "#/$defs/dateTime" }, "inboundTrust": { "$ref": "#/$defs/crossTenantAccessPolicyInboundTrust" }, "isInMultiTenantOrganization": { "type": ["boolean", "null"] }, "isServiceProvider": { "type": ["boolean", "null"] }, "m365CollaborationInbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationInboundSetting" }, "m365CollaborationOutbound": { "$ref": "#/$defs/crossTenantAccessPolicyM365CollaborationOutboundSetting" }, "protectedContentSharing": { "$ref": "#/$defs/inboundOutboundPolicyConfiguration" }, "tenantRestrictions": { "$ref": "#/$defs/crossTenantAccessPolicyTenantRestrictions" }, "identitySynchronization": { "$ref": "#/$defs/crossTenantIdentitySyncPolicyPartner" } } };
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
    if (data.appServiceConnectInbound !== void 0) {
      if (!validate15(data.appServiceConnectInbound, { instancePath: instancePath + "/appServiceConnectInbound", parentData: data, parentDataProperty: "appServiceConnectInbound", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticUserConsentSettings !== void 0) {
      let data5 = data.automaticUserConsentSettings;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err11 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "inboundAllowed" || key1 === "outboundAllowed")) {
            const err12 = { instancePath: instancePath + "/automaticUserConsentSettings", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.inboundAllowed !== void 0) {
          let data6 = data5.inboundAllowed;
          if (typeof data6 !== "boolean" && data6 !== null) {
            const err13 = { instancePath: instancePath + "/automaticUserConsentSettings/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.outboundAllowed !== void 0) {
          let data7 = data5.outboundAllowed;
          if (typeof data7 !== "boolean" && data7 !== null) {
            const err14 = { instancePath: instancePath + "/automaticUserConsentSettings/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
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
      let data12 = data.blockServiceProviderOutboundAccess;
      if (typeof data12 !== "boolean" && data12 !== null) {
        const err15 = { instancePath: instancePath + "/blockServiceProviderOutboundAccess", schemaPath: "#/properties/blockServiceProviderOutboundAccess/type", keyword: "type", params: { type: schema37.properties.blockServiceProviderOutboundAccess.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.crossCloudMeetingConfiguration !== void 0) {
      let data13 = data.crossCloudMeetingConfiguration;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
        const err16 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (!(key2 === "inboundAllowed" || key2 === "outboundAllowed")) {
            const err17 = { instancePath: instancePath + "/crossCloudMeetingConfiguration", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data13.inboundAllowed !== void 0) {
          let data14 = data13.inboundAllowed;
          if (typeof data14 !== "boolean" && data14 !== null) {
            const err18 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data13.outboundAllowed !== void 0) {
          let data15 = data13.outboundAllowed;
          if (typeof data15 !== "boolean" && data15 !== null) {
            const err19 = { instancePath: instancePath + "/crossCloudMeetingConfiguration/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.deletedDateTime !== void 0) {
      let data16 = data.deletedDateTime;
      if (typeof data16 !== "string" && data16 !== null) {
        const err20 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/type", keyword: "type", params: { type: schema17.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data16 === "string") {
        if (func2(data16) > 2048) {
          const err21 = { instancePath: instancePath + "/deletedDateTime", schemaPath: "#/$defs/dateTime/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.inboundTrust !== void 0) {
      let data17 = data.inboundTrust;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17)) && data17 !== null) {
        const err22 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/type", keyword: "type", params: { type: schema27.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          if (!(key3 === "isMfaAccepted" || key3 === "isCompliantDeviceAccepted" || key3 === "isHybridAzureADJoinedDeviceAccepted" || key3 === "isCompliantNetworkAccepted")) {
            const err23 = { instancePath: instancePath + "/inboundTrust", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data17.isMfaAccepted !== void 0) {
          let data18 = data17.isMfaAccepted;
          if (typeof data18 !== "boolean" && data18 !== null) {
            const err24 = { instancePath: instancePath + "/inboundTrust/isMfaAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isMfaAccepted/type", keyword: "type", params: { type: schema27.properties.isMfaAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data17.isCompliantDeviceAccepted !== void 0) {
          let data19 = data17.isCompliantDeviceAccepted;
          if (typeof data19 !== "boolean" && data19 !== null) {
            const err25 = { instancePath: instancePath + "/inboundTrust/isCompliantDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data17.isHybridAzureADJoinedDeviceAccepted !== void 0) {
          let data20 = data17.isHybridAzureADJoinedDeviceAccepted;
          if (typeof data20 !== "boolean" && data20 !== null) {
            const err26 = { instancePath: instancePath + "/inboundTrust/isHybridAzureADJoinedDeviceAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isHybridAzureADJoinedDeviceAccepted/type", keyword: "type", params: { type: schema27.properties.isHybridAzureADJoinedDeviceAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data17.isCompliantNetworkAccepted !== void 0) {
          let data21 = data17.isCompliantNetworkAccepted;
          if (typeof data21 !== "boolean" && data21 !== null) {
            const err27 = { instancePath: instancePath + "/inboundTrust/isCompliantNetworkAccepted", schemaPath: "#/$defs/crossTenantAccessPolicyInboundTrust/properties/isCompliantNetworkAccepted/type", keyword: "type", params: { type: schema27.properties.isCompliantNetworkAccepted.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      }
    }
    if (data.isInMultiTenantOrganization !== void 0) {
      let data22 = data.isInMultiTenantOrganization;
      if (typeof data22 !== "boolean" && data22 !== null) {
        const err28 = { instancePath: instancePath + "/isInMultiTenantOrganization", schemaPath: "#/properties/isInMultiTenantOrganization/type", keyword: "type", params: { type: schema37.properties.isInMultiTenantOrganization.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.isServiceProvider !== void 0) {
      let data23 = data.isServiceProvider;
      if (typeof data23 !== "boolean" && data23 !== null) {
        const err29 = { instancePath: instancePath + "/isServiceProvider", schemaPath: "#/properties/isServiceProvider/type", keyword: "type", params: { type: schema37.properties.isServiceProvider.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
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
      let data26 = data.protectedContentSharing;
      if (!(data26 && typeof data26 == "object" && !Array.isArray(data26)) && data26 !== null) {
        const err30 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key4 in data26) {
          if (!(key4 === "inboundAllowed" || key4 === "outboundAllowed")) {
            const err31 = { instancePath: instancePath + "/protectedContentSharing", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data26.inboundAllowed !== void 0) {
          let data27 = data26.inboundAllowed;
          if (typeof data27 !== "boolean" && data27 !== null) {
            const err32 = { instancePath: instancePath + "/protectedContentSharing/inboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/inboundAllowed/type", keyword: "type", params: { type: schema24.properties.inboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data26.outboundAllowed !== void 0) {
          let data28 = data26.outboundAllowed;
          if (typeof data28 !== "boolean" && data28 !== null) {
            const err33 = { instancePath: instancePath + "/protectedContentSharing/outboundAllowed", schemaPath: "#/$defs/inboundOutboundPolicyConfiguration/properties/outboundAllowed/type", keyword: "type", params: { type: schema24.properties.outboundAllowed.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
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
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
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
var schema53 = { "type": "object", "additionalProperties": false, "properties": { "preset": { "type": "string", "enum": ["recommended", "strict", "all"] }, "rules": { "$ref": "#/$defs/rules" }, "files": { "$ref": "#/$defs/globs" }, "ignore": { "$ref": "#/$defs/globs" }, "overrides": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "$ref": "#/$defs/globs" }, "rules": { "$ref": "#/$defs/rules" } } } }, "limits": { "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 }, "maxFiles": { "type": "integer", "minimum": 1 }, "maxAliasCount": { "type": "integer", "minimum": 0 }, "maxDepth": { "type": "integer", "minimum": 1 } } } }, "$defs": { "severity": { "type": "string", "enum": ["error", "warning", "info", "off"] }, "rules": { "type": "object", "maxProperties": 1e3, "propertyNames": { "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 100 }, "additionalProperties": { "$ref": "#/$defs/severity" } }, "globs": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 2048 } } } };
var schema55 = { "type": "string", "enum": ["error", "warning", "info", "off"] };
var pattern3 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
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
        if (func2(key0) > 100) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern3.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', propertyName: key0 };
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
        const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema55.enum }, message: "must be equal to one of the allowed values" };
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
      if (!(key0 === "preset" || key0 === "rules" || key0 === "files" || key0 === "ignore" || key0 === "overrides" || key0 === "limits")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data0 = data.preset;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "recommended" || data0 === "strict" || data0 === "all")) {
        const err2 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema53.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
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
      let data2 = data.files;
      if (Array.isArray(data2)) {
        if (data2.length > 1e3) {
          const err3 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) > 2048) {
              const err4 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data4 = data.ignore;
      if (Array.isArray(data4)) {
        if (data4.length > 1e3) {
          const err7 = { instancePath: instancePath + "/ignore", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (func2(data5) > 2048) {
              const err8 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/ignore", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data6 = data.overrides;
      if (Array.isArray(data6)) {
        if (data6.length > 1e3) {
          const err11 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data7 = data6[i2];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.files === void 0) {
              const err12 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "files" || key1 === "rules")) {
                const err13 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data7.files !== void 0) {
              let data8 = data7.files;
              if (Array.isArray(data8)) {
                if (data8.length > 1e3) {
                  const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/$defs/globs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                const len3 = data8.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data9 = data8[i3];
                  if (typeof data9 === "string") {
                    if (func2(data9) > 2048) {
                      const err15 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data7.rules !== void 0) {
              if (!validate62(data7.rules, { instancePath: instancePath + "/overrides/" + i2 + "/rules", parentData: data7, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data11 = data.limits;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "maxFileBytes" || key2 === "maxFiles" || key2 === "maxAliasCount" || key2 === "maxDepth")) {
            const err20 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data11.maxFileBytes !== void 0) {
          let data12 = data11.maxFileBytes;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err21 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 1 || isNaN(data12)) {
              const err22 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data11.maxFiles !== void 0) {
          let data13 = data11.maxFiles;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err23 = { instancePath: instancePath + "/limits/maxFiles", schemaPath: "#/properties/limits/properties/maxFiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 1 || isNaN(data13)) {
              const err24 = { instancePath: instancePath + "/limits/maxFiles", schemaPath: "#/properties/limits/properties/maxFiles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data11.maxAliasCount !== void 0) {
          let data14 = data11.maxAliasCount;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err25 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err26 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data11.maxDepth !== void 0) {
          let data15 = data11.maxDepth;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err27 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 1 || isNaN(data15)) {
              const err28 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
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

// src/resolve/knowledge.ts
var KEYWORDS = ["AllUsers", "AllApplications", "AllMicrosoftApps", "Office365"];
var APP_KEYWORDS = ["AllApplications", "AllMicrosoftApps", "Office365"];
var GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
function isGuid(s) {
  return s.length === 36 && GUID_RE.test(s);
}
function isKeyword(s) {
  return KEYWORDS.includes(s);
}
function normalizeTarget(s) {
  return isGuid(s) ? s.toLowerCase() : s;
}
var SUP = "learn.microsoft.com: Verify first-party Microsoft applications in sign-in reports (reference/graph-model.md §11 [SUP])";
var B2B = "learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration (reference/graph-model.md §11, §7 R16)";
var APPS = {
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
var APP_BY_ID = new Map(Object.values(APPS).map((a) => [a.id, a]));
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
var SENTINEL = "unknownFutureValue";
var PLACEHOLDER_TENANT_ID = "00000000-0000-0000-0000-000000000000";
var TENANTS = {
  microsoftAccounts: "9188040d-6c67-4c5b-b112-36a304b66dad"
};
var CLOUDS = ["commercial", "usGovernment", "china"];
var CLOUD_ENDPOINT = {
  commercial: "microsoftonline.com",
  usGovernment: "microsoftonline.us",
  china: "partner.microsoftonline.cn"
};
function cloudPairSupported(a, b) {
  if (a === b) return true;
  return a === "commercial" || b === "commercial";
}
var CLOUD_NAME = {
  commercial: "Microsoft Azure commercial",
  usGovernment: "Microsoft Azure Government",
  china: "Microsoft Azure operated by 21Vianet"
};
var ALL_USERS = { target: "AllUsers", targetType: "user" };
var ALL_APPS = { target: "AllApplications", targetType: "application" };
var allowAll = () => ({
  usersAndGroups: { accessType: "allowed", targets: [ALL_USERS] },
  applications: { accessType: "allowed", targets: [ALL_APPS] }
});
var blockAll = () => ({
  usersAndGroups: { accessType: "blocked", targets: [ALL_USERS] },
  applications: { accessType: "blocked", targets: [ALL_APPS] }
});
var B2B_SETTINGS = ["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound", "tenantRestrictions"];
var TRUST_MEMBERS = ["isMfaAccepted", "isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted"];
var CONSENT_MEMBERS = ["inboundAllowed", "outboundAllowed"];
var PRIMARY_PROVIDERS = ["azureActiveDirectory", "externalFederation", "socialIdentityProviders"];
var FALLBACK_PROVIDERS = ["defaultConfiguredIdp", "emailOneTimePasscode", "microsoftAccount"];
var SERVICE_DEFAULT = {
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
var SETTING_LABEL = {
  b2bCollaborationInbound: "inbound B2B collaboration",
  b2bCollaborationOutbound: "outbound B2B collaboration",
  b2bDirectConnectInbound: "inbound B2B direct connect",
  b2bDirectConnectOutbound: "outbound B2B direct connect",
  tenantRestrictions: "tenant restrictions"
};

// src/fix/edits.ts
var import_yaml4 = __toESM(require_dist(), 1);
function isTextFix(fix) {
  return typeof fix.edits === "function" && fix.file !== void 0;
}
function lineEnding(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function renderScalar(value) {
  return new import_yaml4.Document(value).toString({ lineWidth: 0 }).replace(/\n$/, "");
}
function renderLike(node, value) {
  if (typeof value === "string") {
    if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
    if (node.type === "QUOTE_SINGLE" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value);
}
function blockItem(item, prefix2, eol) {
  const lines = new import_yaml4.Document(item).toString({ lineWidth: 0 }).replace(/\n$/, "").split("\n");
  const pad = " ".repeat(prefix2.length);
  return lines.map((l, i) => (i === 0 ? prefix2 : pad) + l).join(eol);
}
function flowItem(item) {
  const doc = new import_yaml4.Document(item);
  doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
}
function contentEnd(node, text) {
  if ((0, import_yaml.isScalar)(node)) {
    const r2 = node.range;
    if (!r2) return void 0;
    if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") return r2[1];
    let e = r2[1];
    while (e > r2[0] && /\s/.test(text.charAt(e - 1))) e--;
    return e;
  }
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[1];
    const last = node.items[node.items.length - 1];
    if ((0, import_yaml.isPair)(last)) return last.value === null || last.value === void 0 ? contentEnd(last.key, text) : contentEnd(last.value, text);
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
  const { at, needsBreak } = afterLine(text, after);
  return needsBreak ? { start: at, end: at, text: eol + lines } : { start: at, end: at, text: lines + eol };
}
function appItem(app) {
  const item = { target: app, targetType: "application" };
  const known = knownApp(app);
  if (known) item.label = known.name;
  return item;
}
function addTargetsEdits(file, map, items) {
  const text = file.text;
  const eol = lineEnding(text);
  if (!map.range || items.length === 0) return items.length === 0 ? [] : void 0;
  const pair2 = map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "targets");
  const seq = pair2?.value;
  if ((0, import_yaml.isSeq)(seq) && seq.range) {
    if (seq.flow) {
      const rendered = items.map(flowItem).join(", ");
      if (seq.items.length === 0) {
        const close = text.lastIndexOf("]", seq.range[1] - 1);
        if (close < seq.range[0]) return void 0;
        return [{ start: close, end: close, text: rendered }];
      }
      const end3 = contentEnd(seq.items[seq.items.length - 1], text);
      if (end3 === void 0) return void 0;
      return [{ start: end3, end: end3, text: `, ${rendered}` }];
    }
    const last = seq.items[seq.items.length - 1];
    const lastRange = last?.range;
    const end2 = contentEnd(last, text);
    if (!last || !lastRange || end2 === void 0) return void 0;
    const prefix2 = text.slice(lineStart(text, lastRange[0]), lastRange[0]);
    if (!/^ *- +$/.test(prefix2)) return void 0;
    const style = (0, import_yaml.isMap)(last) && last.flow ? "flow" : "block";
    const lines2 = items.map((it) => style === "flow" ? prefix2 + flowItem(it) : blockItem(it, prefix2, eol)).join(eol);
    return [appendLines(text, end2, lines2, eol)];
  }
  if (pair2 && seq !== null && seq !== void 0 && !((0, import_yaml.isScalar)(seq) && seq.value === null)) return void 0;
  if (pair2) {
    const rendered = `[${items.map(flowItem).join(", ")}]`;
    if ((0, import_yaml.isScalar)(seq) && seq.range && seq.range[1] > seq.range[0]) return [{ start: seq.range[0], end: seq.range[1], text: rendered }];
    const keyEnd = (0, import_yaml.isScalar)(pair2.key) ? pair2.key.range?.[1] : void 0;
    if (keyEnd === void 0 || text.charAt(keyEnd) !== ":") return void 0;
    return [{ start: keyEnd + 1, end: keyEnd + 1, text: ` ${rendered}` }];
  }
  if (map.flow) {
    const list2 = `targets: [${items.map(flowItem).join(", ")}]`;
    const lastPair = map.items[map.items.length - 1];
    if (!lastPair) {
      const close = text.lastIndexOf("}", map.range[1] - 1);
      if (close < map.range[0]) return void 0;
      return [{ start: close, end: close, text: `${list2} ` }];
    }
    const at = contentEnd(lastPair.value ?? lastPair.key, text);
    if (at === void 0) return void 0;
    return [{ start: at, end: at, text: `, ${list2}` }];
  }
  const firstKey = map.items[0]?.key;
  const end = contentEnd(map, text);
  if (!firstKey?.range || end === void 0) return void 0;
  const indent = firstKey.range[0] - lineStart(text, firstKey.range[0]);
  const pad = " ".repeat(indent);
  const lines = [`${pad}targets:`, ...items.map((it) => blockItem(it, `${pad}  - `, eol))].join(eol);
  return [appendLines(text, end, lines, eol)];
}
function addAppsFix(list2, apps) {
  const decl = list2.decl;
  if (!decl || list2.accessType !== "allowed" || list2.level === "service") return void 0;
  if (decl.accessType && decl.accessType.value !== "allowed") return void 0;
  const file = decl.loc.file;
  if (file.broken || decl.loc.start < 0) return void 0;
  const listMap = () => nodeAt(decl.loc, "map");
  const missing = (map) => {
    const seq = map.get("targets", true);
    const existing = new Set(
      (0, import_yaml.isSeq)(seq) ? seq.items.map((i) => String(((0, import_yaml.isMap)(i) ? i.get("target") : "") ?? "").toLowerCase()) : []
    );
    const out = [];
    for (const app of apps) if (!existing.has(app.toLowerCase()) && !out.includes(app)) out.push(app);
    return out;
  };
  return {
    file,
    description: `add ${apps.map(appLabel).join(", ")} to the allow list`,
    edits() {
      const map = listMap();
      return map ? addTargetsEdits(file, map, missing(map).map(appItem)) : [];
    },
    apply() {
      const doc = documentOf(file);
      const map = listMap();
      if (!doc || !map) return;
      const add = missing(map);
      let seq = map.get("targets", true);
      if (!(0, import_yaml.isSeq)(seq)) {
        seq = doc.createNode([]);
        map.set("targets", seq);
      }
      for (const app of add) seq.add(doc.createNode(appItem(app)));
    }
  };
}
function setScalarFix(loc, value, description) {
  if (loc.file.broken || loc.start < 0) return void 0;
  const scalar2 = () => nodeAt(loc, "scalar");
  return {
    file: loc.file,
    description,
    edits() {
      const node = scalar2();
      if (!node || node.value === value) return [];
      if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") return void 0;
      return [{ start: loc.start, end: loc.end, text: renderLike(node, value) }];
    },
    apply() {
      const node = scalar2();
      if (node) node.value = value;
    }
  };
}
function renameKeyFix(file, map, from, to, description) {
  if (!(0, import_yaml.isMap)(map) || from === to) return void 0;
  const pair2 = map.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === from);
  if (!pair2 || map.items.some((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === to)) return void 0;
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
function valueCasingFix(at, found, known) {
  if (known === void 0 || known === found || known.toLowerCase() !== found.trim().toLowerCase()) return void 0;
  return setScalarFix(at, known, `write \`${known}\` for \`${found}\``);
}
function propertyCasingFix(file, map, prop, known) {
  if (known === void 0 || known === prop || known.toLowerCase() !== prop.trim().toLowerCase()) return void 0;
  return renameKeyFix(file, map, prop, known, `rename \`${prop}\` to \`${known}\``);
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
  const at = toReport(file, kind, next).at;
  return {
    ruleId: "schema",
    at,
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
function shapeAt(root2, segments) {
  const hit = { shape: void 0, typeName: void 0, own: false };
  let s = resolveShape(SCHEMA_INDEX.roots[root2], hit);
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
  const main2 = types.find((t) => t !== "null") ?? "null";
  switch (main2) {
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
  if (node && (0, import_yaml.isScalar)(node) && hit.key && node.value === null && (!node.range || node.range[0] === node.range[1])) return hit.key;
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
      const map = deref(file.doc, hit.node);
      const keyNode = getPair(map, prop)?.key ?? hit.node;
      const where2 = shapeAt(kind, segments);
      const allowed = propertyNames(where2.shape);
      const suggestion = suggest(prop, allowed);
      const caseOnly = suggestion !== void 0 && suggestion.trim().toLowerCase() === prop.trim().toLowerCase();
      let why;
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
      const casing = caseOnly ? propertyCasingFix(file, map, prop, suggestion) : void 0;
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
  return (0, import_yaml.isScalar)(node) ? node.value : void 0;
}
function readLocated(file, map, key, guard) {
  const pair2 = getPair(map, key);
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
  if (!(0, import_yaml.isMap)(node)) return void 0;
  const list2 = new TargetList(file, setting, half, pair2.key, node);
  const accessType = readLocated(file, node, "accessType", isString);
  if (accessType) list2.accessType = accessType;
  const tPair = getPair(node, "targets");
  if (tPair) {
    list2.setTargetsKey(tPair.key);
    const seq = valueOf(file, tPair);
    if ((0, import_yaml.isSeq)(seq)) {
      list2.targets = [];
      for (const raw of seq.items) {
        const item = deref(file.doc, raw);
        if (!(0, import_yaml.isMap)(item)) continue;
        let target;
        let type;
        let label;
        for (const p of item.items) {
          const k = (0, import_yaml.isScalar)(p.key) ? p.key.value : void 0;
          if (k !== "target" && k !== "targetType" && k !== "label") continue;
          const v = deref(file.doc, p.value);
          if (!(0, import_yaml.isScalar)(v) || typeof v.value !== "string") continue;
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
  const isNull = node === null || node === void 0 || (0, import_yaml.isScalar)(node) && node.value === null;
  return new Setting(file, name, pair2.key, node, isNull);
}
function readFlags(file, name, pair2, members) {
  const node = valueOf(file, pair2);
  const flags2 = Object.assign(settingDecl(file, name, pair2), { members: {} });
  if (!(0, import_yaml.isMap)(node)) return flags2;
  for (const p of node.items) {
    const k = (0, import_yaml.isScalar)(p.key) ? p.key.value : void 0;
    if (typeof k !== "string" || !members.includes(k) || flags2.members[k]) continue;
    const v = deref(file.doc, p.value);
    if ((0, import_yaml.isScalar)(v) && typeof v.value === "boolean") flags2.members[k] = located(v.value, file, v, p.key);
  }
  return flags2;
}
function readPolicy(file, map) {
  const decl = { b2b: {}, opaque: {}, readOnly: {}, lists: [] };
  if (!(0, import_yaml.isMap)(map)) return decl;
  for (const [key, pair2] of mapPairs(map)) {
    if (B2B_SETTINGS.includes(key)) {
      const name = key;
      const b2b2 = settingDecl(file, name, pair2);
      const node = valueOf(file, pair2);
      for (const half of ["usersAndGroups", "applications"]) {
        const hp = getPair(node, half);
        if (!hp) continue;
        const list2 = readTargetList(file, name, half, hp);
        if (list2) {
          b2b2[half] = list2;
          decl.lists.push(list2);
        }
      }
      const dev = getPair(node, "devices");
      if (dev && !((0, import_yaml.isScalar)(dev.value) && dev.value.value === null)) {
        b2b2.devices = located(true, file, dev.value ?? dev.key, dev.key);
      }
      decl.b2b[name] = b2b2;
    } else if (key === "inboundTrust") {
      decl.inboundTrust = readFlags(file, key, pair2, TRUST_MEMBERS);
    } else if (key === "automaticUserConsentSettings") {
      decl.automaticUserConsentSettings = readFlags(file, key, pair2, CONSENT_MEMBERS);
    } else if (key === "blockServiceProviderOutboundAccess") {
      const v = readLocated(file, map, key, isBoolOrNull);
      if (v) decl.blockServiceProviderOutboundAccess = v;
    } else if (OPAQUE_SETTINGS.includes(key)) {
      const name = key;
      const node = valueOf(file, pair2);
      const s = settingDecl(file, name, pair2);
      const value = (0, import_yaml.isMap)(node) ? node.toJSON() : null;
      decl.opaque[name] = Object.assign(s, { value });
      if ((0, import_yaml.isMap)(node)) {
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
      const hasFallback = fbNode !== null && fbNode !== void 0 && !((0, import_yaml.isScalar)(fbNode) && fbNode.value === null);
      const r = Object.assign(settingDecl(file, key, pair2), { hasFallback });
      const pp = getPair(node, "primaryIdentityProviderPrecedenceOrder");
      if (pp) {
        r.primaryKey = locOf(file, pp.key);
        const seq = valueOf(file, pp);
        if ((0, import_yaml.isSeq)(seq)) {
          r.primary = [];
          for (const raw of seq.items) {
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
  const root2 = deref(doc, doc?.contents);
  return (0, import_yaml.isMap)(root2) ? root2 : void 0;
}
var FREE_TEXT = /* @__PURE__ */ new Set(["name", "label", "displayName"]);
function readSentinels(file) {
  const hits = [];
  if (!file.doc || !file.text.includes(SENTINEL)) return hits;
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (node, path2, key) => {
    if (node === null || node === void 0 || (0, import_yaml.isAlias)(node) || seen.has(node)) return;
    seen.add(node);
    if ((0, import_yaml.isScalar)(node)) {
      if (node.value === SENTINEL) hits.push({ at: locOf(file, node), path: path2, key });
      return;
    }
    if ((0, import_yaml.isMap)(node)) {
      for (const pair2 of node.items) {
        const k = (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : void 0;
        if (k !== void 0 && FREE_TEXT.has(k)) continue;
        visit2(pair2.value, k === void 0 ? path2 : path2 ? `${path2}.${k}` : k, k ?? key);
      }
      return;
    }
    if ((0, import_yaml.isSeq)(node)) node.items.forEach((item, i) => visit2(item, `${path2}[${i}]`, key));
  };
  visit2(file.doc.contents, "", void 0);
  return hits;
}

// src/resolve/resolve.ts
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
  const b2b2 = {};
  for (const name of B2B_SETTINGS) {
    const d = decl.b2b[name];
    const settingAt = d && !d.isNull ? d.key : fallback;
    const ug = declaredList(d?.isNull ? void 0 : d?.usersAndGroups, "default") ?? serviceList(SERVICE_DEFAULT[name].usersAndGroups, settingAt);
    const ap = declaredList(d?.isNull ? void 0 : d?.applications, "default") ?? serviceList(SERVICE_DEFAULT[name].applications, settingAt);
    b2b2[name] = { name, usersAndGroups: ug, applications: ap, at: settingAt, level: mostSpecific(ug.level, ap.level) };
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
  return { b2b: b2b2, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
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
  const b2b2 = {};
  for (const name of B2B_SETTINGS) {
    const d = decl.b2b[name];
    const inherited = defaults2.b2b[name];
    if (!d || d.isNull) {
      b2b2[name] = inherited;
      continue;
    }
    const ownUg = declaredList(d.usersAndGroups, "partner");
    const ownAp = declaredList(d.applications, "partner");
    if (!ownUg && !ownAp) {
      b2b2[name] = inherited;
      continue;
    }
    const ug = ownUg ?? inherited.usersAndGroups;
    const ap = ownAp ?? inherited.applications;
    b2b2[name] = { name, usersAndGroups: ug, applications: ap, at: d.key, level: mostSpecific(ug.level, ap.level) };
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
  return { b2b: b2b2, inboundTrust, automaticUserConsentSettings: consent, blockServiceProviderOutboundAccess, opaque };
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
function buildTenant(file, root2) {
  const tp = getPair(root2, "tenant");
  if (!tp) return void 0;
  const tenantMap = tp.value;
  const id = readLocated(file, tenantMap, "id", isString);
  if (!id || !isGuid(id.value)) return void 0;
  const name = readLocated(file, tenantMap, "name", isString);
  const cloud = readLocated(file, tenantMap, "cloud", isCloud);
  const license = readLocated(file, tenantMap, "license", isLicense);
  const tenantKey = locOf(file, tp.key);
  const dp = getPair(root2, "default");
  const defaultKey = dp ? locOf(file, dp.key) : void 0;
  const defaultDecl = readPolicy(file, dp?.value);
  const fallback = defaultKey ?? tenantKey;
  const pp = getPair(root2, "crossTenantAccessPolicy");
  const endpoints = [];
  let endpointsKey;
  const ep = getPair(pp?.value, "allowedCloudEndpoints");
  if (ep) {
    endpointsKey = locOf(file, ep.key);
    if ((0, import_yaml.isSeq)(ep.value)) {
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
  const partners = getPair(root2, "partners");
  if (partners) tenant.partnersKey = locOf(file, partners.key);
  if (endpointsKey) tenant.allowedCloudEndpointsKey = endpointsKey;
  if (defaultKey) tenant.defaultKey = defaultKey;
  if (dp && dp.value) tenant.defaultLoc = locOf(file, deref(file.doc, dp.value));
  return tenant;
}
function readPartners(file, root2) {
  const out = [];
  const pp = getPair(root2, "partners");
  if (!pp || !(0, import_yaml.isSeq)(pp.value)) return out;
  for (const raw of pp.value.items) {
    if (!(0, import_yaml.isMap)(raw)) continue;
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
      incomplete: false
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
  const root2 = rootMap(file);
  const tenant = buildTenant(file, root2);
  const decl = { ...tenant ? { tenant } : {}, partners: readPartners(file, root2), invalid: [], sentinels: readSentinels(file) };
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
function resolveRepo(files, includes2, decls) {
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
    for (const pf of includes2.get(file.path) ?? []) {
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

// src/types.ts
var PRESETS = ["recommended", "strict", "all"];
var SEVERITY_SETTINGS = ["error", "warning", "info", "off"];

// src/config/config.ts
var DEFAULT_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 2e4, maxAliasCount: 100, maxDepth: 64 };
var DEFAULT_FILES = ["**/*.xtap.yaml", "**/*.xtap.yml"];
function defaultConfig() {
  return { preset: "recommended", rules: {}, files: [...DEFAULT_FILES], ignore: [], overrides: [], limits: { ...DEFAULT_LIMITS } };
}
var ConfigError = class extends Error {
};
function parseConfig(text, path2, knownRules) {
  const parsed = parseSource(path2, text);
  const file = parsed.file;
  if (parsed.problems.length) {
    const p = parsed.problems[0];
    const at = p.whole ? "" : ` at ${position(file, p.offset).line}:${position(file, p.offset).column}`;
    throw new ConfigError(`${path2}: invalid YAML: ${p.message}${at}`);
  }
  const data = file.data ?? {};
  const problems = validateConfigData(data);
  if (problems.length) throw new ConfigError(`${path2}: ${problems[0]}`);
  const raw = data;
  const config = defaultConfig();
  if (raw.preset) config.preset = raw.preset;
  if (raw.rules) config.rules = { ...raw.rules };
  if (raw.files) config.files = [...raw.files];
  if (raw.ignore) config.ignore = [...raw.ignore];
  if (raw.overrides) config.overrides = raw.overrides.map((o) => ({ files: [...o.files], rules: { ...o.rules ?? {} } }));
  if (raw.limits) config.limits = { ...config.limits, ...raw.limits };
  const globs = [["files", config.files], ["ignore", config.ignore], ...config.overrides.map((o, i) => [`overrides[${i}].files`, o.files])];
  for (const [where2, list2] of globs) {
    for (const [i, g] of list2.entries()) {
      const problem2 = globProblem(g);
      if (problem2) throw new ConfigError(`${path2}: ${where2}[${i}]: the glob is refused: ${problem2}`);
    }
  }
  const unknown = [...Object.keys(config.rules), ...config.overrides.flatMap((o) => Object.keys(o.rules))].find((id) => !knownRules.has(id));
  if (unknown) throw new ConfigError(`${path2}: unknown rule "${unknown}"${didYouMean(unknown, knownRules)} (run \`xtap-lint rules\` for the list)`);
  if (config.rules.syntax || config.overrides.some((o) => o.rules.syntax)) throw new ConfigError(`${path2}: the rule "syntax" cannot be configured`);
  return config;
}
function didYouMean(id, known) {
  const near = suggest(id, [...known]);
  return near ? `; did you mean "${near}"?` : "";
}
function parseRuleOption(value, knownRules) {
  const m = /^([a-z0-9-]+)=(.+)$/.exec(value.trim());
  if (!m) throw new ConfigError(`--rule expects <rule-id>=<severity>, got "${value}"`);
  const [, id, sev] = m;
  if (!knownRules.has(id)) throw new ConfigError(`--rule: unknown rule "${id}"${didYouMean(id, knownRules)} (run \`xtap-lint rules\` for the list)`);
  if (id === "syntax") throw new ConfigError('--rule: the rule "syntax" cannot be configured');
  if (!SEVERITY_SETTINGS.includes(sev)) throw new ConfigError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(", ")}, got "${sev}"`);
  return [id, sev];
}
function isPreset(v) {
  return PRESETS.includes(v);
}
function configuredSeverity(config, cliRules, ruleId, filePath) {
  let sev = config.rules[ruleId];
  for (const o of config.overrides) {
    if (o.rules[ruleId] !== void 0 && o.files.some((g) => globMatch(filePath, g))) sev = o.rules[ruleId];
  }
  if (cliRules[ruleId] !== void 0) sev = cliRules[ruleId];
  return sev;
}
function configSelects(config, path2) {
  return config.files.some((g) => globMatch(path2, g)) && !config.ignore.some((g) => globMatch(path2, g));
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
var sameLoc = (a, b) => a.file === b.file && a.start === b.start && a.end === b.end;
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
        const from = hasNode(p.at) ? ` (inherited from the default at ${p.at.file.path}:${locRange(p.at).line})` : " (inherited from Microsoft's default)";
        own.push({
          problem: {
            ...p,
            at: partner.entryKey,
            message: { ...p.message, what: p.message.what.replace(/\.$/, "") + from + "." },
            related: [...p.related ?? [], { at: p.at, message: "inherited from here" }]
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
    const at = member?.decl ? member.decl.target.loc : list2.at;
    const key = `${at.start}:${at.end}`;
    const g = groups.get(key);
    if (g) g.apps.push(app);
    else groups.set(key, { apps: [app], at });
  }
  return [...groups.values()];
}

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
var appMemo = /* @__PURE__ */ new WeakMap();
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
  return (model.tenantsById.get(id) ?? model.tenantsById.get(id.toLowerCase()))?.[0];
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
    const at = tenant.partnersKey ?? tenant.defaultKey ?? tenant.tenantKey;
    const seen = /* @__PURE__ */ new Set();
    for (const removed of before.partners) {
      if (tenant.partnersById.has(removed.id) || seen.has(removed.id)) continue;
      seen.add(removed.id);
      yield { tenant, removed, at };
    }
  }
}
var OTHER_APP = "ffffffff-ffff-ffff-ffff-fffffffffffe";
var hasAllUsers = (l) => l.targets.some((t) => t.id === "AllUsers");
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

// rules/automatic-redemption-mutual.ts
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
      checkEndpoints(tenant, (at, what, why, fix) => ctx.report({ at, message: { what, why, fix } }));
      const enabled = new Set(tenant.allowedCloudEndpoints.map((e) => endpointMeant(e.value)));
      for (const partner of tenant.partners) {
        const other = partnerCloud(ctx.model, partner);
        if (other === tenant.cloud) continue;
        const at = partner.cloudLoc ?? partner.entryKey;
        if (!cloudPairSupported(tenant.cloud, other)) {
          ctx.report({
            at,
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
          at,
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
var default_inbound_open_default = defineRule({
  id: "default-inbound-open",
  meta: {
    description: "The default's inbound B2B collaboration lets all users of every external organization into all applications.",
    category: "posture",
    severity: strictOnly("warning"),
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

// src/resolve/direct-connect.ts
var TEAMS_APPS = [APPS.teams.id, APPS.teamsServices.id, APPS.teamsWebClient.id];
function directConnectAllowed(setting) {
  return TEAMS_APPS.some((app) => someUserCanUse(setting, app));
}

// rules/default-outbound-open.ts
var default_outbound_open_default = defineRule({
  id: "default-outbound-open",
  meta: {
    description: "The default's outbound B2B collaboration or outbound B2B direct connect is not blocked: your users can go to any external organization.",
    category: "posture",
    severity: strictOnly("warning"),
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
var direct_connect_in_default_default = defineRule({
  id: "direct-connect-in-default",
  meta: {
    description: "B2B direct connect allowed in `default`, that is, with every external Microsoft Entra organization.",
    category: "trust",
    severity: always("warning"),
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
        const at = ownTrustChangesOutcome ? trust.at : inbound.at;
        return {
          key: "direct-connect-without-mfa-trust",
          at,
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
  const report = (at, message2) => ctx.report({ at, message: message2, related });
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
    const tr = decl.b2b.tenantRestrictions;
    if (tr && !tr.isNull && (tr.usersAndGroups || tr.applications || tr.devices)) {
      const eff = tenant.defaults.b2b.tenantRestrictions;
      const sd = SERVICE_DEFAULT.tenantRestrictions;
      const differs = partner !== void 0 || !sameAsService(eff.usersAndGroups, sd.usersAndGroups) || !sameAsService(eff.applications, sd.applications);
      if (differs) {
        report(tr.key, {
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
      const at = own ? partner.effective.b2b[own].at : fallbackAt;
      const labels = allowed.map((n) => SETTING_LABEL[n]);
      ctx.report({
        at,
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
  const U = setting.usersAndGroups;
  const A = setting.applications;
  const appClasses = appMembershipClasses(A);
  const entering = userMembershipClasses(U).filter((inU) => appClasses.some((inA) => accessFromMembership(U.accessType, inU, A.accessType, inA)));
  if (entering.length === 0) return [];
  return apps.filter((app) => {
    const inA = appInList(A, app);
    return entering.some((inU) => !accessFromMembership(U.accessType, inU, A.accessType, inA));
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
        const critical = unreachableApps(inbound, CRITICAL);
        for (const group of whereBlocked(inbound.applications, critical)) {
          const fix = addAppsFix(inbound.applications, group.apps);
          problems.push({
            key: `inbound-critical:${group.apps.join(",")}`,
            at: group.at,
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
      const at = declaredFalse && fact ? fact.loc : first.at;
      const related = levels.filter((l) => l.at !== at).slice(0, RELATED).map((l) => ({ at: l.at, message: `MFA trusted by ${l.name} here` }));
      ctx.report({
        at,
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

// src/resolve/equal.ts
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
    for (const { tenant, removed, at } of removedPartners(ctx.model, base)) {
      const wider = morePermissive(tenant.defaults, removed.effective);
      if (wider.length === 0) continue;
      ctx.report({
        at,
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

// rules/read-only-property.ts
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
var SENTINEL2 = "unknownFutureValue";
var list = (xs) => xs.map((x) => `\`${x}\``).join(", ");
var isPrimary = (v) => PRIMARY_PROVIDERS.includes(v);
var isFallback = (v) => FALLBACK_PROVIDERS.includes(v);
var PROVIDERS = [...PRIMARY_PROVIDERS, ...FALLBACK_PROVIDERS];
var DOC = "Microsoft Graph documents `primaryIdentityProviderPrecedenceOrder` as a precedence order of `azureActiveDirectory`, `externalFederation` and `socialIdentityProviders`, and `fallbackIdentityProvider` as one of `defaultConfiguredIdp`, `emailOneTimePasscode` and `microsoftAccount`";
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
              why: `${DOC}.`,
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
            why: `${DOC}.`,
            fix: `Set \`fallbackIdentityProvider\` to one of ${list(FALLBACK_PROVIDERS)}, and list \`${v}\` in \`primaryIdentityProviderPrecedenceOrder\` instead.`
          }
        });
      }
    }
  }
});

// rules/rms-outbound.ts
var RMS = APPS.rightsManagement.id;
function reachesWith(setting, targets) {
  return someUserCanUse({ usersAndGroups: setting.usersAndGroups, applications: { accessType: setting.applications.accessType, targets } }, RMS);
}
function someUsersBlocked(setting) {
  const U = setting.usersAndGroups;
  if (U.accessType !== "blocked" || U.targets.length === 0 || U.targets.some((t) => t.id === "AllUsers")) return false;
  const inA = appInList(setting.applications, RMS);
  const can = (inU) => accessFromMembership(U.accessType, inU, setting.applications.accessType, inA);
  return userMembershipClasses(U).includes(true) && !can(true) && can(false);
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
        const at = whereBlocked(outbound.applications, [RMS])[0]?.at ?? outbound.applications.at;
        return {
          key: "rms-blocked",
          at,
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
    for (const { tenant, removed, at } of removedPartners(ctx.model, base)) {
      const flag = removed.decl.readOnly.isServiceProvider;
      if (flag?.value !== true) continue;
      ctx.report({
        at,
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
var tenant_restrictions_default_default = defineRule({
  id: "tenant-restrictions-default",
  meta: {
    description: "The default's tenant restrictions do not block all users and all applications: external identities can be used on your network and devices.",
    category: "posture",
    severity: strictOnly("warning"),
    sources: [
      "Microsoft Zero Trust Assessment test 21793: tenant restrictions v2 default policy blocks all external access, https://github.com/microsoft/zerotrustassessment/blob/main/src/powershell/tests/Test-Assessment.21793.ps1",
      'Microsoft Entra: Tenant restrictions v2 — "Keep the tenant restrictions v2 default policy that blocks all external tenant access", https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2'
    ]
  },
  check(ctx) {
    for (const tenant of ctx.model.tenants) {
      const tr = tenant.defaults.b2b.tenantRestrictions;
      if (!grantsAnything(tr)) continue;
      ctx.report({
        at: tr.at,
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
var hasAllUsers2 = (list2) => list2.targets.some((t) => t.id === "AllUsers");
var hasAllApps = (list2) => list2.targets.some((t) => t.id === "AllApplications");
function fullyBlocked(setting) {
  const U = setting.usersAndGroups;
  const A = setting.applications;
  return U.accessType === "blocked" && hasAllUsers2(U) && A.accessType === "blocked" && hasAllApps(A);
}
function conflictOf(setting) {
  if (fullyBlocked(setting)) return void 0;
  const U = setting.usersAndGroups;
  const A = setting.applications;
  if (!grantsAnything(setting)) {
    if (U.accessType === "allowed" && U.targets.length === 0 || A.accessType === "allowed" && A.targets.length === 0) return "empty-allow";
    if (U.accessType === "allowed" && blocksAllApps(A)) return "users-allowed-apps-blocked";
    if (A.accessType === "allowed" && blocksAllUsers(U)) return "apps-allowed-users-blocked";
    return void 0;
  }
  if (U.accessType === "blocked" && A.accessType === "blocked") {
    if (hasAllApps(A) && !hasAllUsers2(U)) return "all-apps-blocked-for-some-users";
    if (hasAllUsers2(U) && !hasAllApps(A)) return "all-users-blocked-from-some-apps";
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
  const U = setting.usersAndGroups;
  const A = setting.applications;
  if (U.level === own && A.level !== own) return { half: "applications", list: A };
  if (A.level === own && U.level !== own) return { half: "usersAndGroups", list: U };
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
  const U = setting.usersAndGroups;
  const A = setting.applications;
  const usersWho = hasAllUsers2(U) ? "all users (`AllUsers`)" : "specific users and groups";
  switch (kind) {
    case "empty-allow": {
      const empty = [U.accessType === "allowed" && U.targets.length === 0 ? "`usersAndGroups`" : "", A.accessType === "allowed" && A.targets.length === 0 ? "`applications`" : ""].filter(Boolean).join(" and ");
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
  include_unresolved_default,
  license_required_default,
  mfa_registration_apps_default,
  mfa_trust_registration_policy_default,
  partner_is_self_default,
  partner_redundant_default,
  partner_removal_reverts_default,
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
function buildModel(inputs, limits) {
  const lim = limits ?? defaultConfig().limits;
  const { loaded, model } = loadModel(inputs, { maxAliasCount: lim.maxAliasCount, maxDepth: lim.maxDepth }, false);
  return { model, reports: loaded.reports };
}
function loadModel(inputs, limits, validate2) {
  const decls = /* @__PURE__ */ new Map();
  const loaded = loadFiles(inputs, limits, (file, kind) => {
    const reports = validate2 ? validateFile(file, kind) : [];
    decls.set(file, readFileDecl(file, reports.map((r) => r.at)));
    return reports;
  });
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
  const rules = options.rules ?? RULES;
  const limits = { maxAliasCount: config.limits.maxAliasCount, maxDepth: config.limits.maxDepth };
  const { loaded, model } = loadModel(inputs, limits, true);
  const reports = [...loaded.reports];
  const base = options.base ? buildModel(options.base, config.limits).model : void 0;
  const severityFor = (rule, ruleId, file, variant) => {
    if (ruleId === "syntax") return "error";
    const configured = configuredSeverity(config, cliRules, ruleId, file);
    if (configured !== void 0) return configured;
    const preset = rule ? rule.meta.severity[config.preset] : "error";
    if (preset === "off") return "off";
    return variant ?? preset;
  };
  const enabledAnywhere = (rule) => {
    if (rule.meta.needsBase && !base) return false;
    if (rule.meta.severity[config.preset] !== "off") return true;
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
      ...base ? { base } : {}
    };
    rule.check(ctx);
  }
  const pending = [];
  for (const r of reports) {
    const rule = RULES_BY_ID.get(r.ruleId) ?? rules.find((x) => x.id === r.ruleId);
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
  const findDirective = (file, ruleId, line) => directives.get(file)?.find((d) => directiveCovers(d, ruleId, line));
  const byFile = /* @__PURE__ */ new Map();
  for (const f of loaded.files) byFile.set(f.path, { findings: [], suppressed: [] });
  const fixes = /* @__PURE__ */ new Map();
  for (const p of pending) {
    const { report } = p;
    let what = report.message.what;
    if (report.inheritedBy && report.inheritedBy.length) {
      const kept = report.inheritedBy.filter((partner) => {
        if (!directives.has(partner.file)) return true;
        const line = locRange(partner.entry).line;
        const keyLine = locRange(partner.entryKey).line;
        const d2 = findDirective(partner.file, p.ruleId, line) ?? findDirective(partner.file, p.ruleId, keyLine);
        if (d2) markUsed(d2, p.ruleId);
        return !d2;
      });
      if (kept.length) {
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
      docsUrl: docsUrl(p.ruleId),
      fixable: Boolean(fix)
    };
    if (report.related?.length) {
      finding.related = report.related.map((r) => ({ file: r.at.file.path, range: locRange(r.at), message: r.message }));
    }
    const bucket = byFile.get(p.file.path);
    if (!bucket) continue;
    const d = findDirective(p.file, p.ruleId, p.range.line);
    if (d) {
      markUsed(d, p.ruleId);
      bucket.suppressed.push({ ...finding, suppressions: [{ kind: "directive", justification: d.reason ?? "" }] });
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
        const rule = rules.find((x) => x.id === r);
        return rule !== void 0 && enabledAnywhere(rule) && severityFor(rule, r, file.path, void 0) !== "off";
      };
      const unknown = d.rules.filter((r) => !RULES_BY_ID.has(r) && !rules.some((x) => x.id === r));
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

// src/report/inert.ts
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
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
var MD_SPECIAL = /[\\`*_[\]<>|#&!~$]|:(?=\/)/g;
var JOIN = "⁠";
function inertMarkdown(text) {
  return visible(text).replace(/@/g, `@${JOIN}`).replace(/#(?=\d)/g, `#${JOIN}`).replace(/\b(GH)-(?=\d)/gi, `$1${JOIN}-`).replace(/\b(www)(?=\.)/gi, `$1${JOIN}`).replace(MD_SPECIAL, (c) => `\\${c}`).replace(/^( *)([-+=]|\d+[.)])/, (_m, spaces, mark) => `${spaces}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}
var JSON_INVISIBLE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function inertJson(json3) {
  return json3.replace(JSON_INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function markdownLink(label, url) {
  if (!url || !/^https:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) return label;
  return `[${label}](${url})`;
}

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
    if (!empty || cols <= room()) {
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
    docsUrl: f.docsUrl
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
function markdownReport(ctx, opts = {}) {
  const head = [];
  if (opts.heading) head.push(`### ${opts.heading}`, "");
  head.push(countLine(ctx.results), "");
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
  const on = s.find((x) => x !== "off");
  return { level: on ? LEVEL2[on] : "none", enabled: s[0] !== "off" };
}
function ruleDescriptor(rule) {
  const url = docsUrl(rule.id);
  const sources = rule.meta.sources;
  const { level, enabled } = defaultLevel(rule);
  const text = [rule.meta.description, sources.length ? "Sources:\n" + sources.map((s) => `- ${s}`).join("\n") : "", `Documentation: ${url}`].filter(Boolean).join("\n\n");
  const markdown2 = [rule.meta.description, sources.length ? "**Sources**\n\n" + sources.map((s) => `- ${s}`).join("\n") : "", `[Documentation of \`${rule.id}\`](${url})`].filter(Boolean).join("\n\n");
  const tags = ["xtap-lint", rule.meta.category];
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
var MASK_BITS = 64;
var BASE = 37n;
var BLOCK = 100;
var EOF = 65535;
function pow(base, exp) {
  let r = 1n;
  for (let i = 0; i < exp; i++) r = BigInt.asUintN(MASK_BITS, r * base);
  return r;
}
var TOP = pow(BASE, BLOCK - 1);
function lineHashes(text) {
  const chars = [];
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
      starts.push(chars.length);
      lineStart2 = false;
    }
    if (c === 10) lineStart2 = true;
    chars.push(c);
  };
  for (let i = 0; i < text.length; i++) push(text.charCodeAt(i));
  push(EOF);
  const at = (i) => BigInt(i < chars.length ? chars[i] : 0);
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  let h = 0n;
  for (let i = 0; i < BLOCK; i++) h = BigInt.asUintN(MASK_BITS, h * BASE + at(i));
  let p = 0;
  for (const start of starts) {
    while (p < start) {
      h = BigInt.asUintN(MASK_BITS, (h - at(p) * TOP) * BASE + at(p + BLOCK));
      p++;
    }
    const hex = h.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    out.push(`${hex}:${n}`);
  }
  return out;
}
function fnv1a64(s) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, "0");
}

// src/report/stylish.ts
function palette(on) {
  const sgr = (code2) => on ? (s) => `\x1B[${code2}m${s}\x1B[0m` : (s) => s;
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
  const notes2 = [];
  const label = (name, text) => {
    if (text.trim() === "") return;
    notes2.push(...wrap(words(visible(text)), width, INDENT + p.label(`${name}:`) + " ".repeat(5 - name.length), INDENT + " ".repeat(6)));
  };
  label("why", f.parts.why);
  label("fix", f.parts.fix);
  for (const rel of f.related ?? []) label("note", `${linePath(show2(rel.file))}:${rel.range.line}:${rel.range.column}: ${rel.message}`);
  if (notes2.length) out.push("", ...notes2);
  return out;
}
function layoutLine(line) {
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
    const line = layoutLine(text(n));
    let from = -1;
    let to = -1;
    if (n === start) {
      from = line.colAt(range2.column - 1);
      to = n === end ? line.colAt(Math.min(endColumn, Number.MAX_SAFE_INTEGER) - 1) : line.total;
    } else if (n === end) {
      const indent = /^[ \t]*/.exec(text(n))[0].length;
      from = line.colAt(indent);
      to = line.colAt(endColumn - 1);
    }
    if (from >= 0) {
      if (to > line.total) to = line.total;
      if (to <= from) to = from + 1;
    }
    const { body, shift, cut } = window(line.pieces, line.total, room, from);
    out.push(`${gutter(n)} ${body}`.trimEnd());
    if (from >= 0) {
      const a = Math.min(Math.max(0, from - shift), room - 1);
      const b = Math.min(Math.max(a + 1, Math.min(to - shift, cut)), room);
      out.push(`${gutter("")} ${" ".repeat(a)}${sev("^".repeat(b - a))}`);
    }
  }
  return out;
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
  html: async () => (await Promise.resolve().then(() => __toESM(require("./report-html.cjs"), 1))).html
};
var FORMAT_NAMES = [...Object.keys(FORMATTERS), ...Object.keys(LAZY_FORMATTERS)];
async function loadFormatter(name) {
  if (Object.hasOwn(FORMATTERS, name)) return FORMATTERS[name];
  if (Object.hasOwn(LAZY_FORMATTERS, name)) return LAZY_FORMATTERS[name]();
  return void 0;
}

// src/cli/files.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var UsageError = class extends Error {
};
function findRepoRoot(cwd) {
  let dir = (0, import_node_path.resolve)(cwd);
  for (; ; ) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"))) return dir;
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) return (0, import_node_path.resolve)(cwd);
    dir = parent;
  }
}
function toRepoPath(root2, abs) {
  return (0, import_node_path.relative)(root2, abs).split(import_node_path.sep).join("/");
}
function outsideRepo(repoPath) {
  return repoPath === ".." || repoPath.startsWith("../") || (0, import_node_path.isAbsolute)(repoPath);
}
var DECLARATION_RE = /\.xtap\.ya?ml$/;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function readsDeclaration(config, repoPath) {
  const parts = repoPath.split("/");
  if (parts.slice(0, -1).some((p) => SKIP_DIRS.has(p))) return false;
  return DECLARATION_RE.test(parts[parts.length - 1]) && configSelects(config, repoPath);
}
function listDeclarations(root2, config) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = (0, import_node_path.join)(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs);
      } else if ((e.isFile() || e.isSymbolicLink()) && DECLARATION_RE.test(e.name)) {
        const rel = toRepoPath(root2, abs);
        if (configSelects(config, rel)) out.push(rel);
      }
    }
  };
  walk(root2);
  return out.sort();
}
function readDeclaration(root2, repoPath, maxBytes) {
  const abs = (0, import_node_path.join)(root2, ...repoPath.split("/"));
  try {
    const lst = (0, import_node_fs.lstatSync)(abs);
    if (lst.isSymbolicLink()) {
      let real;
      try {
        real = (0, import_node_fs.realpathSync)(abs);
      } catch {
        return { path: repoPath, problem: { kind: "unreadable", message: "the link points to nothing" } };
      }
      const realRoot = (0, import_node_fs.realpathSync)(root2);
      if (real !== realRoot && !real.startsWith(realRoot + import_node_path.sep)) {
        return { path: repoPath, problem: { kind: "symlink-outside", message: `it points to ${real}` } };
      }
    }
    const st = (0, import_node_fs.statSync)(abs);
    if (!st.isFile()) return { path: repoPath, problem: { kind: "unreadable", message: "it is not a regular file" } };
    if (st.size > maxBytes) {
      return { path: repoPath, problem: { kind: "too-large", message: `${st.size} bytes, over the limit of ${maxBytes} bytes (limits.maxFileBytes)` } };
    }
    const buf = (0, import_node_fs.readFileSync)(abs);
    return decodeDeclaration(repoPath, buf);
  } catch (err) {
    const code2 = err.code;
    return { path: repoPath, problem: { kind: "unreadable", message: code2 === "EACCES" ? "permission denied" : code2 === "ENOENT" ? "no such file" : String(err.message) } };
  }
}
function decodeDeclaration(repoPath, buf) {
  const head = buf.subarray(0, 8e3);
  if (head.includes(0)) return { path: repoPath, problem: { kind: "binary", message: "it contains NUL bytes" } };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
    return { path: repoPath, text };
  } catch {
    return { path: repoPath, problem: { kind: "encoding", message: invalidUtf8Place(buf) } };
  }
}
function invalidUtf8Place(buf) {
  const fails = (n) => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 1;
  let hi = buf.length;
  if (!fails(hi)) return "the file ends in the middle of a UTF-8 character";
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  let bad = hi - 1;
  let lead = bad;
  while (lead > 0 && lead > bad - 3 && (buf[lead - 1] & 192) === 128) lead--;
  lead--;
  if (lead >= 0 && buf[lead] >= 192) {
    const size = buf[lead] >= 240 ? 4 : buf[lead] >= 224 ? 3 : 2;
    if (bad - lead < size) bad = lead;
  }
  const before = new TextDecoder("utf-8").decode(buf.subarray(0, bad)).replace(/^\uFEFF/, "");
  const lines = before.split("\n");
  const column = lines[lines.length - 1].replace(/\r$/, "").length + 1;
  return `the byte 0x${buf[bad].toString(16).toUpperCase().padStart(2, "0")} on line ${lines.length}, column ${column} is not UTF-8`;
}
function pathSelector(root2, cwd, paths) {
  const dirs = [];
  const files = [];
  for (const p of paths) {
    const abs = (0, import_node_path.resolve)(cwd, p);
    if (!(0, import_node_fs.existsSync)(abs)) throw new UsageError(`no such file or directory: ${p}`);
    const rel = toRepoPath(root2, abs);
    if (outsideRepo(rel) || (0, import_node_path.resolve)(root2, rel) !== abs) throw new UsageError(`path is outside the repository root ${root2}: ${p}`);
    if ((0, import_node_fs.statSync)(abs).isDirectory()) dirs.push(rel === "" ? "" : rel + "/");
    else files.push(rel);
  }
  const fileSet = new Set(files);
  return {
    select: (rp) => fileSet.has(rp) || dirs.some((d) => d === "" || rp.startsWith(d)),
    explicitFiles: files
  };
}
function findConfigFile(cwd) {
  let dir = (0, import_node_path.resolve)(cwd);
  for (; ; ) {
    for (const name of [".xtap-lint.yaml", ".xtap-lint.yml"]) {
      const p = (0, import_node_path.join)(dir, name);
      if ((0, import_node_fs.existsSync)(p)) return p;
    }
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/cli/repository.ts
var import_node_util = require("node:util");
var NUMERIC_OPTIONS = /* @__PURE__ */ new Set(["max-warnings"]);
function parseCommandArgs(command, args, options, opts = {}) {
  const joined = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--") {
      joined.push(...args.slice(i));
      break;
    }
    const name = /^--([^=]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    if (name !== void 0 && NUMERIC_OPTIONS.has(name) && options[name]?.type === "string" && next !== void 0 && /^-\d+$/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else joined.push(args[i]);
  }
  try {
    const { values, positionals } = (0, import_node_util.parseArgs)({ args: joined, allowPositionals: opts.positionals ?? true, strict: true, options });
    return { values, positionals };
  } catch (err) {
    const unknown = unknownOption(err);
    const what = unknown !== void 0 ? `Unknown option '${visible(unknown)}'${didYouMean2(unknown, options)}` : err.message.split("\n")[0];
    throw new CliError(`${what} (see xtap-lint ${command ? `${command} ` : ""}--help)`);
  }
}
function unknownOption(err) {
  if (err.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") return void 0;
  return /Unknown option '([^']*)'/.exec(err.message)?.[1];
}
function didYouMean2(given, options) {
  if (!given.startsWith("--")) return "";
  const near = suggest(given.split("=")[0], Object.keys(options).map((name) => `--${name}`));
  return near ? `; did you mean \`${near}\`?` : "";
}
function openRepository(io, values, positionals, opts = {}) {
  const { config, cliRules } = opts.config ? { config: opts.config, cliRules: {} } : loadConfig(io, values);
  const root2 = findRepoRoot(io.cwd);
  let select;
  let explicitFiles = [];
  const given = positionals.length ? positionals : opts.defaultPath ? ["."] : [];
  if (given.length) {
    try {
      ({ select, explicitFiles } = pathSelector(root2, io.cwd, given));
    } catch (err) {
      if (err instanceof UsageError) throw new CliError(err.message);
      throw err;
    }
  }
  return { root: root2, config, cliRules, explicitFiles, select, paths: listDeclarations(root2, config) };
}
function readDeclarations(dir, paths, config) {
  return paths.map((p) => readDeclaration(dir, p, config.limits.maxFileBytes));
}

// src/cli/git.ts
var import_node_module2 = require("node:module");
var GitError = class extends Error {
};
var load = (0, import_node_module2.createRequire)(__xtapImportMetaUrl);
var childProcess;
function git(root2, args, input) {
  try {
    childProcess ??= load("node:child_process");
    return childProcess.execFileSync("git", ["-C", root2, ...args], { input, stdio: ["pipe", "pipe", "pipe"], maxBuffer: 1024 * 1024 * 1024 });
  } catch (err) {
    const stderr = String(err.stderr ?? "").trim().split("\n")[0];
    throw new GitError(stderr || err.message.split("\n")[0]);
  }
}
function readFilesAtRevision(root2, ref, select) {
  let commit = "";
  try {
    commit = git(root2, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).toString().trim();
  } catch (err) {
    if (!(err instanceof GitError) || !err.message.startsWith("Command failed")) throw err;
  }
  if (!commit) throw new GitError(`unknown revision ${ref}`);
  const paths = git(root2, ["ls-tree", "-r", "-z", "--name-only", commit]).toString().split("\0").filter((p) => p && /\.xtap\.ya?ml$/.test(p) && select(p)).sort();
  if (paths.length === 0) return [];
  const out = git(root2, ["cat-file", "--batch"], paths.map((p) => `${commit}:${p}`).join("\n") + "\n");
  const files = [];
  let pos = 0;
  for (const p of paths) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString();
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) {
      pos = nl + 1;
      continue;
    }
    const size = Number(m[1]);
    files.push(decodeDeclaration(p, out.subarray(nl + 1, nl + 1 + size)));
    pos = nl + 1 + size + 1;
  }
  return files;
}

// src/cli/package-info.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");
var root;
function packageRoot() {
  if (root) return root;
  let dir = (0, import_node_path2.dirname)((0, import_node_url.fileURLToPath)(__xtapImportMetaUrl));
  for (; ; ) {
    const p = (0, import_node_path2.join)(dir, "package.json");
    if ((0, import_node_fs2.existsSync)(p)) {
      try {
        if (JSON.parse((0, import_node_fs2.readFileSync)(p, "utf8")).name === "xtap-lint") return root = dir;
      } catch {
      }
    }
    const parent = (0, import_node_path2.dirname)(dir);
    if (parent === dir) throw new Error("cannot find the xtap-lint package root");
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(packageRoot(), "package.json"), "utf8")).version;
}
function ruleDoc(id) {
  const p = (0, import_node_path2.join)(packageRoot(), "rules", `${id}.md`);
  return (0, import_node_fs2.existsSync)(p) ? (0, import_node_fs2.readFileSync)(p, "utf8") : void 0;
}

// src/cli/commands/fix.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/fix/fixer.ts
var MAX_FIX_PASSES = 10;
function applyEdits(text, edits) {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
function overlaps(a, b) {
  return a.start === b.start || a.start < b.end && b.start < a.end;
}
function fixOnce(file, fixes) {
  const accepted = [];
  let fallback;
  for (const fix of fixes) {
    const edits = isTextFix(fix) ? fix.edits() : void 0;
    if (edits === void 0) {
      fallback ??= fix;
      continue;
    }
    if (edits.length === 0 || edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    if (edits.some((e) => file.merges.some((m) => e.start <= m.from[1] && e.end >= m.from[0]))) continue;
    accepted.push(...edits);
  }
  if (accepted.length) return applyEdits(file.text, accepted);
  const doc = fallback && file.merges.length === 0 ? documentOf(file) : void 0;
  if (fallback && doc) {
    fallback.apply();
    const bom = file.text.charCodeAt(0) === 65279 ? "\uFEFF" : "";
    const out = doc.toString();
    return bom + (file.text.includes("\r\n") ? out.replace(/\n/g, "\r\n") : out);
  }
  return void 0;
}
function fixFile(fix, fallbackPath) {
  return isTextFix(fix) ? fix.file.path : fallbackPath;
}
function fixFiles(inputs, options, selected) {
  let current = inputs.slice();
  let run = lintFiles(current, options);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const byFile = /* @__PURE__ */ new Map();
    for (const [path2, fixes] of run.fixes) {
      for (const fix of fixes) {
        const p = fixFile(fix, path2);
        const list2 = byFile.get(p) ?? [];
        if (!list2.includes(fix)) list2.push(fix);
        byFile.set(p, list2);
      }
    }
    let changed = false;
    const next = current.map((input) => {
      const fixes = byFile.get(input.path);
      if (!fixes || input.text === void 0 || !selected(input.path)) return input;
      const file = run.files.find((f) => f.path === input.path);
      if (!file || file.broken) return input;
      const text = fixOnce(file, fixes);
      if (text === void 0 || text === input.text) return input;
      if (parseSource(input.path, text).problems.length > 0) return input;
      changed = true;
      return { ...input, text };
    });
    if (!changed) break;
    passes++;
    current = next;
    run = lintFiles(current, options);
  }
  const changedFiles = /* @__PURE__ */ new Map();
  inputs.forEach((input, i) => {
    const after = current[i].text;
    if (input.text !== void 0 && after !== void 0 && after !== input.text) changedFiles.set(input.path, { before: input.text, after });
  });
  return { run, inputs: current, changed: changedFiles, passes };
}

// src/fix/diff.ts
function splitLines(text) {
  if (text === "") return { lines: [], noEolAtEnd: false };
  const parts = text.split("\n");
  const noEolAtEnd = parts[parts.length - 1] !== "";
  if (!noEolAtEnd) parts.pop();
  return { lines: parts, noEolAtEnd };
}
function lcsScript(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > 4e6) return [...Array(n).fill("-"), ...Array(m).fill("+")];
  const t = [];
  for (let i2 = 0; i2 <= n; i2++) t.push(new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) t[i2][j2] = a[i2] === b[j2] ? t[i2 + 1][j2 + 1] + 1 : Math.max(t[i2 + 1][j2], t[i2][j2 + 1]);
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(" ");
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) {
      out.push("-");
      i++;
    } else {
      out.push("+");
      j++;
    }
  }
  while (i++ < n) out.push("-");
  while (j++ < m) out.push("+");
  return out;
}
function script(a, b) {
  const A = a.lines;
  const B = b.lines;
  const lastA = (i2) => i2 === A.length - 1 && a.noEolAtEnd;
  const lastB = (j2) => j2 === B.length - 1 && b.noEolAtEnd;
  const same = (i2, j2) => A[i2] === B[j2] && lastA(i2) === lastB(j2);
  let pre = 0;
  while (pre < A.length && pre < B.length && same(pre, pre)) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && same(A.length - 1 - suf, B.length - 1 - suf)) suf++;
  const ops = [];
  for (let i2 = 0; i2 < pre; i2++) ops.push({ kind: " ", line: A[i2], noEol: lastA(i2) });
  const midA = A.slice(pre, A.length - suf).map((l, k) => lastA(pre + k) ? `${l}\0` : l);
  const midB = B.slice(pre, B.length - suf).map((l, k) => lastB(pre + k) ? `${l}\0` : l);
  let i = pre;
  let j = pre;
  for (const k of lcsScript(midA, midB)) {
    if (k === " ") {
      ops.push({ kind: " ", line: A[i], noEol: lastA(i) });
      i++;
      j++;
    } else if (k === "-") {
      ops.push({ kind: "-", line: A[i], noEol: lastA(i) });
      i++;
    } else {
      ops.push({ kind: "+", line: B[j], noEol: lastB(j) });
      j++;
    }
  }
  for (let k = 0; k < suf; k++) ops.push({ kind: " ", line: A[i + k], noEol: lastA(i + k) });
  return ops;
}
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
  if (oldText === newText) return "";
  const ops = script(splitLines(oldText), splitLines(newText));
  const changed = [];
  ops.forEach((op, k) => {
    if (op.kind !== " ") changed.push(k);
  });
  if (changed.length === 0) return "";
  const groups = [];
  for (const k of changed) {
    const lo = Math.max(0, k - context);
    const hi = Math.min(ops.length - 1, k + context);
    const g = groups[groups.length - 1];
    if (g && lo <= g[1] + 1) g[1] = hi;
    else groups.push([lo, hi]);
  }
  const oldNo = [];
  const newNo = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldNo.push(o);
    newNo.push(n);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") n++;
  }
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const [lo, hi] of groups) {
    const slice = ops.slice(lo, hi + 1);
    const oldCount = slice.filter((x) => x.kind !== "+").length;
    const newCount = slice.filter((x) => x.kind !== "-").length;
    const oldStart = oldCount === 0 ? oldNo[lo] - 1 : oldNo[lo];
    const newStart = newCount === 0 ? newNo[lo] - 1 : newNo[lo];
    out.push(`@@ -${oldStart}${oldCount === 1 ? "" : `,${oldCount}`} +${newStart}${newCount === 1 ? "" : `,${newCount}`} @@`);
    for (const op of slice) {
      out.push(op.kind + op.line);
      if (op.noEol) out.push("\\ No newline at end of file");
    }
  }
  return out.join("\n") + "\n";
}

// src/cli/commands/fix.ts
async function fixHook(io, values, lr) {
  const write = Boolean(values.fix);
  const dry = Boolean(values["fix-dry-run"]);
  if (!write && !dry) return void 0;
  if (write && dry) throw new CliError("--fix and --fix-dry-run cannot be used together");
  if (write && values.stdin) throw new CliError("--fix cannot write to standard input; use --fix-dry-run to see the fixes");
  const outcome = fixFiles(lr.inputs, lr.options, (p) => lr.selected.has(p));
  const changed = [...outcome.changed].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (dry) {
    io.stdout(changed.map(([p, c]) => unifiedDiff(c.before, c.after, `a/${p}`, `b/${p}`)).join(""));
    return changed.length ? 1 : 0;
  }
  for (const [p, c] of changed) {
    try {
      (0, import_node_fs3.writeFileSync)((0, import_node_path3.join)(lr.root, ...p.split("/")), c.after, "utf8");
    } catch (err) {
      throw new CliError(`cannot write the fixed ${p}: ${err.message}`);
    }
  }
  lr.run = outcome.run;
  lr.inputs = outcome.inputs;
  return void 0;
}

// src/cli/commands/baseline.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");
var NOT_BASELINED = /* @__PURE__ */ new Set(["syntax"]);
function sortKeys2(o) {
  const out = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}
function serializeBaseline(b) {
  const sorted = {};
  for (const [file, rules] of Object.entries(sortKeys2(b))) {
    if (Object.keys(rules).length) sorted[file] = sortKeys2(rules);
  }
  return JSON.stringify(sorted, null, 2) + "\n";
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (err) {
    throw new CliError(`baseline ${name} is not valid JSON: ${err.message}`);
  }
  const bad = (what) => new CliError(`baseline ${name}: ${what} (expected { "<file>": { "<rule id>": { "count": <n> } } })`);
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw bad("the top level is not an object");
  const out = /* @__PURE__ */ Object.create(null);
  for (const [file, rules] of Object.entries(data)) {
    if (rules === null || typeof rules !== "object" || Array.isArray(rules)) throw bad(`"${file}" is not an object`);
    const entry = /* @__PURE__ */ Object.create(null);
    for (const [ruleId, v] of Object.entries(rules)) {
      const count = v !== null && typeof v === "object" ? v.count : void 0;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw bad(`"${file}" → "${ruleId}" has no whole-number count`);
      entry[ruleId] = { count };
    }
    out[file] = entry;
  }
  return out;
}
function readBaseline(path2, name) {
  if (!(0, import_node_fs4.existsSync)(path2)) throw new CliError(`baseline file not found: ${name} (create it with --baseline-write ${name})`);
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(path2, "utf8");
  } catch (err) {
    throw new CliError(`cannot read baseline ${name}: ${err.message}`);
  }
  return parseBaseline(text, name);
}
function countFindings(files, selected) {
  const out = {};
  for (const f of files) {
    if (!selected(f.file)) continue;
    for (const finding of f.findings) {
      if (NOT_BASELINED.has(finding.ruleId)) continue;
      const rules = out[f.file] ??= {};
      rules[finding.ruleId] = { count: (rules[finding.ruleId]?.count ?? 0) + 1 };
    }
  }
  return out;
}
function applyBaseline(files, baseline, selected, justification) {
  const stale = [];
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  files.forEach((f, i) => {
    if (!selected(f.file) || !has(baseline, f.file)) return;
    const entry = baseline[f.file];
    const left = /* @__PURE__ */ new Map();
    for (const [ruleId, { count }] of Object.entries(entry)) left.set(ruleId, count);
    const findings = [];
    const suppressed = [...f.suppressed];
    for (const finding of f.findings) {
      const n = left.get(finding.ruleId) ?? 0;
      if (n > 0 && !NOT_BASELINED.has(finding.ruleId)) {
        left.set(finding.ruleId, n - 1);
        suppressed.push({ ...finding, suppressions: [{ kind: "baseline", justification }] });
      } else findings.push(finding);
    }
    for (const [ruleId, n] of left) {
      if (n > 0) stale.push({ file: f.file, ruleId, count: entry[ruleId].count, found: entry[ruleId].count - n });
    }
    suppressed.sort(compareFindings);
    files[i] = fileResult(f.file, findings, suppressed);
  });
  return stale;
}
async function baselineHook(io, values, lr) {
  const writeName = values["baseline-write"];
  const readName = values.baseline;
  if (writeName === void 0 && readName === void 0) return void 0;
  const files = lr.run.result.files;
  const isSelected = (p) => lr.selected.has(p);
  const known = new Set(files.map((f) => f.file));
  const fullRun = files.every((f) => lr.selected.has(f.file));
  if (writeName !== void 0) {
    if (values.stdin) throw new CliError("--baseline-write cannot be used with --stdin");
    const path2 = (0, import_node_path4.resolve)(io.cwd, writeName);
    const previous = (0, import_node_fs4.existsSync)(path2) ? readBaseline(path2, writeName) : {};
    const next = {};
    for (const [file, rules] of Object.entries(previous)) {
      if (!isSelected(file) && (known.has(file) || !fullRun)) next[file] = rules;
    }
    Object.assign(next, countFindings(files, isSelected));
    const text = serializeBaseline(next);
    try {
      (0, import_node_fs4.writeFileSync)(path2, text, "utf8");
    } catch (err) {
      throw new CliError(`cannot write baseline ${writeName}: ${err.message}`);
    }
    const written = parseBaseline(text, writeName);
    applyBaseline(files, written, isSelected, `counted in ${writeName}`);
    let total = 0;
    let withFindings = 0;
    for (const f of lr.run.result.files) {
      const n = f.suppressed.filter((x) => x.suppressions.some((s) => s.kind === "baseline")).length;
      total += n;
      if (n) withFindings++;
    }
    io.stderr(`Wrote ${writeName}: ${total} finding${total === 1 ? "" : "s"} in ${withFindings} file${withFindings === 1 ? "" : "s"} baselined.
`);
    return void 0;
  }
  const name = readName;
  const baseline = readBaseline((0, import_node_path4.resolve)(io.cwd, name), name);
  const stale = applyBaseline(files, baseline, isSelected, `counted in ${name}`);
  if (fullRun) {
    for (const [file, rules] of Object.entries(baseline)) {
      if (known.has(file)) continue;
      for (const [ruleId, { count }] of Object.entries(rules)) if (count > 0) stale.push({ file, ruleId, count, found: 0, gone: true });
    }
  }
  stale.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  if (stale.length) io.stderr(staleMessage(name, stale));
  if (stale.length) lr.fail = true;
  return void 0;
}
function staleMessage(name, stale) {
  const n = (count, ruleId) => `${count} ${visible(ruleId)} finding${count === 1 ? "" : "s"}`;
  const lines = [`xtap-lint: the baseline ${visible(name)} is out of date (exit code 1): ${stale.length} entr${stale.length === 1 ? "y counts" : "ies count"} more findings than there are`];
  for (const s of stale) {
    lines.push(
      s.gone ? `  ${visible(s.file)}: no longer a declaration file of this repository (deleted, renamed or ignored); the baseline counts ${n(s.count, s.ruleId)} in it` : `  ${visible(s.file)}: ${n(s.found, s.ruleId)}, the baseline counts ${s.count}`
    );
  }
  lines.push(`Update it with \`xtap-lint --baseline-write ${visible(name)}\` (with the same paths), so that no new finding can hide in the slack.`);
  return lines.join("\n") + "\n";
}

// src/cli/commands/lint-hooks.ts
var LINT_HOOKS = [fixHook, baselineHook];

// src/cli/terminal.ts
function colorEnabled(io, flags2 = {}) {
  if (flags2.noColor) return false;
  if (flags2.color) return true;
  if (flags2.toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) {
    if (force === "0" || force === "false") return false;
    if (force === "" || force === "true" || /^[123]$/.test(force)) return true;
  }
  if (io.env.NO_COLOR !== void 0 || io.env.NODE_DISABLE_COLORS !== void 0 || io.env.TERM === "dumb") return false;
  return io.stdoutIsTTY;
}
function terminalWidth(io) {
  const env = io.env.COLUMNS;
  if (env !== void 0 && /^\d+$/.test(env.trim()) && Number(env) > 0) return layoutWidth(Number(env));
  if (io.stdoutIsTTY && io.columns !== void 0 && io.columns > 0) return layoutWidth(io.columns);
  return DEFAULT_WIDTH;
}

// src/cli/commands/lint.ts
var LINT_HELP = `Usage: xtap-lint [lint] [paths...] [options]

Lint Microsoft Entra cross-tenant access declarations (*.xtap.yaml). Every declaration file under the repository
root is read (rules span files); the paths choose whose findings are printed (default: .).

Options:
  -f, --format <name>        stylish (default; github when GITHUB_ACTIONS=true), compact, json, sarif, github,
                             junit, markdown
  -o, --output <file>        write the report to a file instead of stdout
  -c, --config <file>        configuration file (default: .xtap-lint.yaml found upwards)
      --preset <name>        recommended (default), strict, all
      --rule <id>=<sev>      set a rule's severity (error, warning, info, off); repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only
      --base <git-ref>       compare with a base revision (change-aware rules)
      --fix                  apply safe fixes to the files
      --fix-dry-run          print the fixes as a unified diff, change nothing
      --baseline <file>      suppress the findings counted in a baseline file
      --baseline-write <file>  write the current findings as a baseline
      --color, --no-color    force colour on or off (default: on in a terminal; FORCE_COLOR, NO_COLOR)
      --print-config         print the configuration in effect and exit
      --stdin                read one file's text from standard input
      --stdin-filename <p>   the path of the text read with --stdin
  -h, --help                 show this help
  -v, --version              show the version

Stylish output is wrapped to the terminal's width (80 when not a terminal; COLUMNS sets another).

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors, too many warnings or a stale baseline,
2 bad usage, bad configuration or an internal error.
`;
function parseLintArgs(args) {
  return parseCommandArgs("", args, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    config: { type: "string", short: "c" },
    preset: { type: "string" },
    rule: { type: "string", multiple: true },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    base: { type: "string" },
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" },
    baseline: { type: "string" },
    "baseline-write": { type: "string" },
    "no-color": { type: "boolean" },
    color: { type: "boolean" },
    "print-config": { type: "boolean" },
    stdin: { type: "boolean" },
    "stdin-filename": { type: "string" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" }
  });
}
var KNOWN = new Set(RULES.map((r) => r.id));
function loadConfig(io, values) {
  let config = defaultConfig();
  let configPath2;
  if (values.config) {
    configPath2 = (0, import_node_path5.resolve)(io.cwd, values.config);
    if (!(0, import_node_fs5.existsSync)(configPath2)) throw new CliError(`config file not found: ${values.config}`);
  } else configPath2 = findConfigFile(io.cwd);
  if (configPath2) {
    let text;
    try {
      text = (0, import_node_fs5.readFileSync)(configPath2, "utf8");
    } catch (err) {
      throw new CliError(`cannot read config file ${configPath2}: ${err.message}`);
    }
    try {
      config = parseConfig(text, (0, import_node_path5.relative)(io.cwd, configPath2) || configPath2, KNOWN);
    } catch (err) {
      if (err instanceof ConfigError) throw new CliError(err.message);
      throw err;
    }
  }
  if (values.preset !== void 0) {
    if (!isPreset(values.preset)) throw new CliError(`--preset must be one of recommended, strict, all; got "${values.preset}"`);
    config.preset = values.preset;
  }
  const cliRules = {};
  for (const r of values.rule ?? []) {
    try {
      const [id, sev] = parseRuleOption(r, KNOWN);
      cliRules[id] = sev;
    } catch (err) {
      if (err instanceof ConfigError) throw new CliError(err.message);
      throw err;
    }
  }
  const result = { config, cliRules };
  if (configPath2) result.configPath = configPath2;
  return result;
}
async function runLint(io, values, positionals, opts = {}) {
  const repo = openRepository(io, values, positionals, opts.config ? { defaultPath: true, config: opts.config } : { defaultPath: true });
  const { root: root2, config, cliRules } = repo;
  const paths = new Set(repo.paths);
  const notices = [];
  for (const f of repo.explicitFiles) {
    if (readsDeclaration(config, f)) paths.add(f);
    else notices.push(`${f} was not linted: it is not a declaration file (*.xtap.yaml, *.xtap.yml) that the configuration's \`files\` and \`ignore\` select`);
  }
  let stdinPath;
  let stdinInput;
  if (values.stdin) {
    if (!values["stdin-filename"]) throw new CliError("--stdin needs --stdin-filename <path>");
    stdinPath = toRepoPath(root2, (0, import_node_path5.resolve)(io.cwd, values["stdin-filename"]));
    if (outsideRepo(stdinPath)) throw new CliError(`--stdin-filename is outside the repository root ${root2}`);
    stdinInput = io.readStdinBytes ? decodeDeclaration(stdinPath, await io.readStdinBytes()) : { path: stdinPath, text: await io.readStdin() };
    paths.add(stdinPath);
  } else if (values["stdin-filename"]) throw new CliError("--stdin-filename needs --stdin");
  if (paths.size > config.limits.maxFiles) {
    throw new CliError(`found ${paths.size} declaration files, more than the limit of ${config.limits.maxFiles} (limits.maxFiles in .xtap-lint.yaml)`);
  }
  const selected = /* @__PURE__ */ new Set();
  for (const p of paths) if (stdinPath ? p === stdinPath : repo.select?.(p)) selected.add(p);
  if (selected.size === 0 && repo.explicitFiles.length === 0) {
    throw new CliError(`no declaration files (*.xtap.yaml, *.xtap.yml) to lint in ${positionals.length ? positionals.join(", ") : "the working directory"}`);
  }
  const inputs = [...paths].sort().map((p) => p === stdinPath && stdinInput ? stdinInput : readDeclaration(root2, p, config.limits.maxFileBytes));
  const options = { config, cliRules };
  if (values.base) {
    try {
      options.base = readFilesAtRevision(root2, values.base, (p) => paths.has(p) || /\.xtap\.ya?ml$/.test(p));
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      notices.push(`the base revision ${values.base} cannot be read (${err.message}): change-aware rules were skipped`);
    }
  }
  const run = lintFiles(inputs, options);
  return { root: root2, config, cliRules, inputs, options, run, selected, notices };
}
function visibleResults(io, lr, quiet) {
  const repoPaths = /* @__PURE__ */ new Map();
  const results = [];
  for (const r of lr.run.result.files) {
    if (!lr.selected.has(r.file)) continue;
    const shown = (0, import_node_path5.relative)(io.cwd, (0, import_node_path5.resolve)(lr.root, ...r.file.split("/"))).split(import_node_path5.sep).join("/");
    repoPaths.set(shown, r.file);
    const findings = quiet ? r.findings.filter((f) => f.severity === "error") : r.findings;
    results.push({
      ...r,
      file: shown,
      findings,
      warningCount: quiet ? 0 : r.warningCount,
      infoCount: quiet ? 0 : r.infoCount,
      fixableWarningCount: quiet ? 0 : r.fixableWarningCount
    });
  }
  results.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { results, repoPaths };
}
function lintSources(lr) {
  const m = /* @__PURE__ */ new Map();
  for (const i of lr.inputs) if (i.text !== void 0) m.set(i.path, i.text);
  return m;
}
function chooseFormat(io, format2) {
  const name = format2 ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish");
  if (!FORMAT_NAMES.includes(name)) {
    const near = suggest(name, FORMAT_NAMES);
    throw new CliError(`unknown format "${visible(name)}"${near ? `; did you mean \`${near}\`?` : ""} (one of ${FORMAT_NAMES.join(", ")})`);
  }
  return name;
}
async function lintCommand(args, io) {
  const { values, positionals } = parseLintArgs(args);
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(packageVersion() + "\n");
    return 0;
  }
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    if (!/^-?\d+$/.test(values["max-warnings"])) throw new CliError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const format2 = chooseFormat(io, values.format);
  if (values["print-config"]) {
    const { config, cliRules } = loadConfig(io, values);
    const rules = {};
    for (const r of RULES) rules[r.id] = configuredSeverity(config, cliRules, r.id, "") ?? r.meta.severity[config.preset];
    io.stdout(JSON.stringify({ preset: config.preset, rules, files: config.files, ignore: config.ignore, overrides: config.overrides, limits: config.limits }, null, 2) + "\n");
    return 0;
  }
  const lr = await runLint(io, values, positionals);
  for (const hook of LINT_HOOKS) {
    const code2 = await hook(io, values, lr);
    if (code2 !== void 0) return code2;
  }
  const { results, repoPaths } = visibleResults(io, lr, Boolean(values.quiet));
  const color = format2 === "stylish" && colorEnabled(io, { color: values.color, noColor: values["no-color"], toFile: values.output !== void 0 });
  const shown = (p) => (0, import_node_path5.relative)(io.cwd, (0, import_node_path5.resolve)(lr.root, ...p.split("/"))).split(import_node_path5.sep).join("/");
  const formatter = await loadFormatter(format2);
  if (!formatter) throw new CliError(`unknown format "${visible(format2)}"`);
  const text = formatter({
    results,
    rules: RULES,
    color,
    version: packageVersion(),
    repoPaths,
    notices: lr.notices,
    sources: lintSources(lr),
    displayPath: shown,
    model: lr.run.model,
    ...format2 === "stylish" ? { width: terminalWidth(io) } : {}
  });
  if (values.output) {
    try {
      (0, import_node_fs5.writeFileSync)((0, import_node_path5.resolve)(io.cwd, values.output), text);
    } catch (err) {
      throw new CliError(`cannot write ${values.output}: ${err.message}`);
    }
  } else io.stdout(text);
  if (format2 !== "stylish" && format2 !== "github") for (const n of lr.notices) io.stderr(`note: ${visible(n)}
`);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`xtap-lint found too many warnings (maximum: ${maxWarnings}).
`);
  return errors > 0 || lr.fail || tooManyWarnings ? 1 : 0;
}

// src/cli/render-markdown.ts
function renderMarkdown(md, color, width = 80) {
  const sgr = (code2) => (s) => color ? `\x1B[${code2}m${s}\x1B[0m` : s;
  const bold = sgr("1");
  const dim = sgr("2");
  const cyan = sgr("36");
  const underline = sgr("4");
  const inline = (text) => {
    const parts = text.split(/(`[^`]+`)/);
    return parts.map((p) => {
      if (/^`[^`]+`$/.test(p)) return cyan(color ? p.slice(1, -1) : p);
      return p.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label, url) => `${label} (${underline(url)})`).replace(/\*\*([^*]+)\*\*/g, (_m, s) => bold(s)).replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:!?]|$)/g, (_m, pre, s) => pre + (color ? `\x1B[3m${s}\x1B[0m` : s));
    }).join("");
  };
  const out = [];
  const lines = md.replace(/\r\n/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```(\S*)(?:\s+title="([^"]*)")?/.exec(line);
    if (fence) {
      const title = fence[2] ?? (fence[1] === "yaml" ? "tenant.xtap.yaml" : void 0);
      if (title) out.push(...wrap(words(`── ${title.startsWith("base:") ? `${title.slice(5)} (at the base revision)` : title}`, dim), width, "    ", "       "));
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) out.push("    " + lines[i]);
      out.push("");
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      const rows = [];
      for (; i < lines.length && /^\|.*\|\s*$/.test(lines[i]); i++) {
        const cells = lines[i].trim().slice(1, -1).split("|").map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells.map(inline));
      }
      i--;
      const widths = rows[0]?.map((_c, k) => Math.max(...rows.map((r) => displayWidth(r[k] ?? "")))) ?? [];
      const tableWidth = 2 + widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1);
      if (tableWidth <= width) {
        rows.forEach((r, n) => {
          const text = r.map((c, k) => c + " ".repeat(Math.max(0, (widths[k] ?? 0) - displayWidth(c)))).join("  ");
          out.push("  " + (n === 0 ? bold(text) : text).trimEnd());
        });
      } else {
        const [head, ...body] = rows;
        for (const r of body) {
          out.push(...wrap(words(r[0] ?? ""), width, "  - ", "    "));
          r.slice(1).forEach((c, k) => out.push(...wrap(words(`${head?.[k + 1] ?? ""}: ${c}`), width, "      ", "        ")));
        }
      }
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const text = heading[2].trim();
      out.push(...wrap(words(heading[1].length === 2 ? text.toUpperCase() : text, bold), width));
      continue;
    }
    if (line.startsWith(">")) {
      const quote = [line.replace(/^>\s?/, "")];
      while (i + 1 < lines.length && lines[i + 1].startsWith(">") && lines[i + 1].replace(/^>\s?/, "").trim() !== "") quote.push(lines[++i].replace(/^>\s?/, ""));
      out.push(...wrap(words(inline(quote.join(" "))), width, dim("│ "), dim("│ ")));
      continue;
    }
    if (line.trim() === "") {
      out.push("");
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.) /.exec(line);
    const para = [line.trim()];
    const plain = (l) => l !== void 0 && l.trim() !== "" && !/^(```|\||#{1,6} |>)/.test(l) && !/^\s*([-*]|\d+\.) /.test(l);
    while (plain(lines[i + 1])) para.push(lines[++i].trim());
    const hang = item ? " ".repeat(item[1].length + item[2].length + 1) : "";
    out.push(...wrap(words(inline(para.join(" "))), width, item ? item[1] : "", hang));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

// src/cli/commands/rules.ts
var RULES_HELP = `Usage: xtap-lint rules [rule-id] [options]

List the rules with their severity in each preset (recommended, strict, all), or show one rule's documentation.

Options:
  -f, --format <name>   text (default) or json: every rule's id, severity per preset, category, description,
                        docsUrl and whether --fix repairs it
      --color, --no-color  force colour on or off (default: on in a terminal)
  -h, --help            show this help
`;
function ruleJson(r) {
  const out = {
    id: r.id,
    severity: { recommended: r.meta.severity.recommended, strict: r.meta.severity.strict, all: r.meta.severity.all }
  };
  if (r.meta.variants) out.variants = [...r.meta.variants];
  out.category = r.meta.category;
  out.description = r.meta.description;
  out.docsUrl = docsUrl(r.id);
  out.fixable = Boolean(r.meta.fixable);
  return out;
}
async function rulesCommand(args, io) {
  const { values, positionals } = parseCommandArgs("rules", args, {
    format: { type: "string", short: "f" },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  const format2 = values.format ?? "text";
  if (format2 !== "text" && format2 !== "json") {
    const near = suggest(format2, ["text", "json"]);
    throw new CliError(`rules: unknown format "${visible(format2)}"${near ? `; did you mean \`${near}\`?` : ""} (text or json)`);
  }
  if (positionals.length > 1) throw new CliError(`xtap-lint rules takes one rule id, got ${positionals.length} (see xtap-lint rules --help)`);
  const id = positionals[0];
  let rule;
  if (id !== void 0) {
    rule = RULES_BY_ID.get(id);
    if (!rule) {
      const near = suggest(id, RULES.map((r) => r.id));
      throw new CliError(`unknown rule "${visible(id)}"${near ? `; did you mean "${near}"?` : ""} (run \`xtap-lint rules\` for the list)`);
    }
  }
  if (format2 === "json") {
    io.stdout(JSON.stringify(rule ? ruleJson(rule) : RULES.map(ruleJson), null, 2) + "\n");
    return 0;
  }
  const color = colorEnabled(io, { color: values.color, noColor: values["no-color"] });
  const width = terminalWidth(io);
  if (!rule) {
    io.stdout(ruleList(width, color));
    return 0;
  }
  const doc = ruleDoc(rule.id);
  io.stdout(doc ? renderMarkdown(doc, color, width) : wrap(words(`${rule.id}: ${rule.meta.description} ${docsUrl(rule.id)}`), width, "", "  ").join("\n") + "\n");
  return 0;
}
function ruleList(width, color) {
  const bold = (s) => color ? `\x1B[1m${s}\x1B[0m` : s;
  const sev = (r, x) => r.meta.variants && x !== "off" ? r.meta.variants.join("/") : x;
  const idWidth = Math.max(4, ...RULES.map((r) => r.id.length));
  const cw = Math.max(11, ...RULES.flatMap((r) => PRESETS.map((p) => sev(r, r.meta.severity[p]).length)));
  const table = idWidth + PRESETS.length * (2 + cw) <= width;
  const out = [];
  if (table) out.push(bold(["rule".padEnd(idWidth), ...PRESETS.map((p) => p.padEnd(cw))].join("  ").trimEnd()), "");
  for (const r of RULES) {
    const s = PRESETS.map((p) => sev(r, r.meta.severity[p]));
    if (table) out.push((bold(r.id) + " ".repeat(idWidth - displayWidth(r.id)) + "  " + s.map((x) => x.padEnd(cw)).join("  ")).trimEnd());
    else out.push(...wrap(words(r.id, bold), width), ...wrap(words(PRESETS.map((p, k) => `${p}: ${s[k]}`).join(", ")), width, "    ", "    "));
    const fixable = r.meta.fixable ? " (fixable with --fix)" : "";
    out.push(...wrap(words(r.meta.description + fixable), width, "    ", "    "));
  }
  out.push("", ...wrap(words(`${RULES.length} rules. \`xtap-lint rules <id>\` shows a rule's page; \`--preset\` and \`--rule <id>=<severity>\` choose what runs.`), width));
  return out.join("\n") + "\n";
}

// src/cli/commands/import.ts
var import_node_fs6 = require("node:fs");
var import_node_path6 = require("node:path");

// src/graph/import.ts
var import_yaml14 = __toESM(require_dist(), 1);

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode2) {
    currentParent.children.push(valueNode2);
    return valueNode2;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep8, offset, length) => {
      if (currentParent.type === "property") {
        if (sep8 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep8 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code2) {
  switch (code2) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/graph/json.ts
function setOwn(o, key, value) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isAnnotation(key) {
  return key.includes("@");
}
function dropAnnotations(v) {
  if (Array.isArray(v)) return v.map(dropAnnotations);
  if (!isObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (!isAnnotation(k)) setOwn(out, k, dropAnnotations(x));
  return out;
}
function dropNulls(v) {
  if (v === null) return void 0;
  if (Array.isArray(v)) return v.map(dropNulls).filter((x) => x !== void 0);
  if (!isObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    const y = dropNulls(x);
    if (y !== void 0) setOwn(out, k, y);
  }
  return Object.keys(out).length || !Object.keys(v).length ? out : void 0;
}
function canonical(v) {
  return JSON.stringify(canon(v === void 0 ? null : dropNulls(v) ?? null, ""));
}
function canon(v, key) {
  if (Array.isArray(v)) {
    const items = v.map((x) => canon(x, ""));
    if (key === "targets" || key === "allowedCloudEndpoints") return items.map((x) => JSON.stringify(x)).sort().map((s) => JSON.parse(s));
    return items;
  }
  if (!isObject(v)) return v;
  const out = {};
  for (const k of Object.keys(v).sort()) {
    if (k === "label") continue;
    const x = v[k];
    setOwn(out, k, k === "target" && typeof x === "string" ? normalizeTarget(x) : canon(x, k));
  }
  return out;
}
function sameSetting(a, b) {
  return canonical(a) === canonical(b);
}
var JsonSyntaxError = class extends Error {
  constructor(line, column, reason) {
    super(`${line}:${column}: ${reason}`);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
  line;
  column;
  reason;
};
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    const errors = [];
    parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? Math.min(first.offset, text.length) : 0;
    let line = 1;
    let lineStart2 = 0;
    for (let i = 0; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart2 = i + 1;
      }
    }
    let reason = first ? REASONS[printParseErrorCode(first.error)] ?? "not valid JSON" : "not valid JSON";
    if (first && /^\s*[}\]]/.test(text.slice(offset)) && text.slice(0, offset).trimEnd().endsWith(",")) {
      reason = "a trailing comma before the closing bracket (Microsoft's documentation examples have some): remove it";
    }
    throw new JsonSyntaxError(line, offset - lineStart2 + 1, reason);
  }
}
var REASONS = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the JSON value",
  InvalidCommentToken: "comments are not JSON",
  UnexpectedEndOfComment: "comments are not JSON",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape in a string",
  InvalidCharacter: "a control character in a string (escape it)"
};

// src/graph/properties.ts
var B2B2 = [
  ["usersAndGroups", "targetConfiguration"],
  ["applications", "targetConfiguration"]
];
var SETTINGS_HEAD = [
  ["appServiceConnectInbound", "appServiceConnect"],
  ["automaticUserConsentSettings", "inboundOutbound"],
  ["b2bCollaborationInbound", "b2bSetting"],
  ["b2bCollaborationOutbound", "b2bSetting"],
  ["b2bDirectConnectInbound", "b2bSetting"],
  ["b2bDirectConnectOutbound", "b2bSetting"],
  ["blockServiceProviderOutboundAccess", null],
  ["crossCloudMeetingConfiguration", "inboundOutbound"]
];
var TYPES = {
  root: [
    ["displayName", null],
    ["allowedCloudEndpoints", null],
    ["id", null],
    ["description", null],
    ["deletedDateTime", null],
    ["definition", null]
  ],
  default: [
    ["id", null],
    ["isServiceDefault", null],
    ...SETTINGS_HEAD,
    ["inboundTrust", "inboundTrust"],
    ["invitationRedemptionIdentityProviderConfiguration", "redemption"],
    ["m365CollaborationInbound", "m365Inbound"],
    ["m365CollaborationOutbound", "m365Outbound"],
    ["protectedContentSharing", "inboundOutbound"],
    ["tenantRestrictions", "tenantRestrictions"]
  ],
  partner: [
    ["tenantId", null],
    ["name", null],
    ["cloud", null],
    ["license", null],
    ...SETTINGS_HEAD,
    ["deletedDateTime", null],
    ["inboundTrust", "inboundTrust"],
    ["isInMultiTenantOrganization", null],
    ["isServiceProvider", null],
    ["m365CollaborationInbound", "m365Inbound"],
    ["m365CollaborationOutbound", "m365Outbound"],
    ["protectedContentSharing", "inboundOutbound"],
    ["tenantRestrictions", "tenantRestrictions"],
    ["identitySynchronization", "identitySync"]
  ],
  identitySync: [
    ["tenantId", null],
    ["displayName", null],
    ["userSyncInbound", "syncInbound"],
    ["groupSyncInbound", "syncInbound"],
    ["externalCloudAuthorizedApplicationId", null],
    ["deletedDateTime", null]
  ],
  b2bSetting: B2B2,
  tenantRestrictions: [...B2B2, ["devices", "devicesFilter"]],
  targetConfiguration: [
    ["accessType", null],
    ["targets", "target"]
  ],
  target: [
    ["target", null],
    ["targetType", null],
    ["label", null]
  ],
  devicesFilter: [
    ["mode", null],
    ["rule", null]
  ],
  inboundTrust: [
    ["isMfaAccepted", null],
    ["isCompliantDeviceAccepted", null],
    ["isHybridAzureADJoinedDeviceAccepted", null],
    ["isCompliantNetworkAccepted", null]
  ],
  inboundOutbound: [
    ["inboundAllowed", null],
    ["outboundAllowed", null]
  ],
  redemption: [
    ["primaryIdentityProviderPrecedenceOrder", null],
    ["fallbackIdentityProvider", null]
  ],
  m365Inbound: [["users", "targetConfiguration"]],
  m365Outbound: [["usersAndGroups", "targetConfiguration"]],
  appServiceConnect: [["applications", "targetConfiguration"]],
  syncInbound: [["isSyncAllowed", null]]
};
var XTAP_KEYS = /* @__PURE__ */ new Set(["name", "cloud", "license", "label", "facts", "tenant", "include"]);
var WRITABLE = {
  root: ["displayName", "allowedCloudEndpoints"],
  default: [
    "appServiceConnectInbound",
    "b2bCollaborationInbound",
    "b2bCollaborationOutbound",
    "b2bDirectConnectInbound",
    "b2bDirectConnectOutbound",
    "blockServiceProviderOutboundAccess",
    "crossCloudMeetingConfiguration",
    "inboundTrust",
    "invitationRedemptionIdentityProviderConfiguration",
    "m365CollaborationInbound",
    "m365CollaborationOutbound",
    "protectedContentSharing",
    "tenantRestrictions"
  ],
  partner: [
    "appServiceConnectInbound",
    "automaticUserConsentSettings",
    "b2bCollaborationInbound",
    "b2bCollaborationOutbound",
    "b2bDirectConnectInbound",
    "b2bDirectConnectOutbound",
    "blockServiceProviderOutboundAccess",
    "crossCloudMeetingConfiguration",
    "inboundTrust",
    "m365CollaborationInbound",
    "m365CollaborationOutbound",
    "protectedContentSharing",
    "tenantRestrictions"
  ],
  identitySync: ["displayName", "userSyncInbound", "groupSyncInbound", "externalCloudAuthorizedApplicationId"]
};
var BETA_ONLY = {
  root: ["definition"],
  default: ["blockServiceProviderOutboundAccess", "crossCloudMeetingConfiguration", "protectedContentSharing"],
  partner: ["blockServiceProviderOutboundAccess", "deletedDateTime", "crossCloudMeetingConfiguration", "protectedContentSharing"],
  identitySync: ["groupSyncInbound", "externalCloudAuthorizedApplicationId", "deletedDateTime"]
};
var SERVICE_MANAGED = {
  root: ["id", "deletedDateTime", "definition", "description"],
  default: ["id", "isServiceDefault"],
  partner: ["isServiceProvider", "isInMultiTenantOrganization", "deletedDateTime"],
  identitySync: ["tenantId", "deletedDateTime"]
};
var GRAPH_HOST = {
  commercial: "https://graph.microsoft.com",
  usGovernment: "https://graph.microsoft.us",
  china: "https://microsoftgraph.chinacloudapi.cn"
};
var POLICY_PATH = "/policies/crossTenantAccessPolicy";

// src/graph/import.ts
var ImportError = class extends Error {
};
var SCHEMA_BASE = "https://raw.githubusercontent.com/xtap-lint/xtap-lint/main/schemas";
var ODATA_TYPES = {
  "#microsoft.graph.crossTenantAccessPolicy": "root",
  "#microsoft.graph.crossTenantAccessPolicyConfigurationDefault": "default",
  "#microsoft.graph.crossTenantAccessPolicyConfigurationPartner": "partner",
  "#microsoft.graph.crossTenantIdentitySyncPolicyPartner": "identitySync"
};
var GUID_IN = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;
function lastGuid(text) {
  const all = text.match(GUID_IN);
  return all ? all[all.length - 1] : void 0;
}
function kindFromContext(context) {
  const c = context.replace(/\/\$entity$/, "");
  if (/\/identitySynchronization$/i.test(c)) return "identitySync";
  if (/crossTenantAccessPolicy\/default$/i.test(c)) return "default";
  if (/crossTenantAccessPolicy\/partners/i.test(c) || /deletedItems\/crossTenantPartners/i.test(c)) return "partner";
  if (/policies\/crossTenantAccessPolicy$/i.test(c)) return "root";
  return void 0;
}
function kindFromShape(obj) {
  if ("userSyncInbound" in obj || "groupSyncInbound" in obj || "externalCloudAuthorizedApplicationId" in obj) return "identitySync";
  if ("allowedCloudEndpoints" in obj || "definition" in obj) return "root";
  if ("tenantId" in obj) return "partner";
  if ("isServiceDefault" in obj || "invitationRedemptionIdentityProviderConfiguration" in obj) return "default";
  return void 0;
}
function kindFromPath(path2) {
  const segs = path2.split("/").map((s) => s.replace(/\.json$/i, "").toLowerCase());
  if (segs.includes("identitysynchronization")) return "identitySync";
  if (segs.includes("default")) return "default";
  if (segs.includes("partners") || segs.includes("partner") || lastGuid(path2)) return "partner";
  const i = segs.lastIndexOf("crosstenantaccesspolicy");
  if (i !== -1 && (i === segs.length - 1 || i >= segs.length - 3)) return "root";
  return void 0;
}
function cloudFromContext(context) {
  if (/graph\.microsoft\.us\b/i.test(context)) return "usGovernment";
  if (/chinacloudapi\.cn\b/i.test(context)) return "china";
  if (/graph\.microsoft\.com\b/i.test(context)) return "commercial";
  return void 0;
}
var READ_ONLY_DROPPED = ["lastModifiedDateTime"];
var KNOWN_NAMES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const list2 of Object.values(TYPES)) for (const [name] of list2) if (!m.has(name.toLowerCase())) m.set(name.toLowerCase(), name);
  for (const name of ["id", "isServiceDefault", "definition", "description", "displayName"]) m.set(name.toLowerCase(), name);
  m.set("partnertenantid", "tenantId");
  return m;
})();
var ADDITIONAL = "AdditionalProperties";
function camelKeys(v, changed) {
  const out = {};
  const add = (k, x) => {
    const known = KNOWN_NAMES.get(k.toLowerCase());
    const name = known && known !== k && !Object.prototype.hasOwnProperty.call(v, known) ? known : k;
    if (name !== k && changed) changed.any = true;
    if (Object.prototype.hasOwnProperty.call(out, name)) return;
    out[name] = camelValue(x, changed);
  };
  for (const [k, x] of Object.entries(v)) {
    if (k === ADDITIONAL && isObject(x)) {
      if (changed) changed.any = true;
      for (const [k2, x2] of Object.entries(x)) if (!Object.prototype.hasOwnProperty.call(v, k2)) add(k2, x2);
    } else add(k, x);
  }
  return out;
}
function camelValue(x, changed) {
  if (Array.isArray(x)) return x.map((i) => camelValue(i, changed));
  return isObject(x) ? camelKeys(x, changed) : x;
}
function graphCasing(obj, kind, where2, notes2) {
  const changed = { any: false };
  const out = camelKeys(obj, changed);
  if (changed.any) notes2.push(`${where2}: converted PascalCase property names (as the PowerShell SDK cmdlets print them) to Graph's camelCase (${kind === "root" ? "root policy" : kind === "identitySync" ? "identity synchronization" : kind})`);
  return out;
}
var UTCM_KINDS = {
  "microsoft.entra.crosstenantaccesspolicy": "root",
  "microsoft.entra.crosstenantaccesspolicyconfigurationdefault": "default",
  "microsoft.entra.crosstenantaccesspolicyconfigurationpartner": "partner"
};
var UTCM_OWN = /^(IsSingleInstance|Ensure|Credential|ApplicationId|TenantId|ApplicationSecret|CertificateThumbprint|CertificatePassword|CertificatePath|ManagedIdentity|AccessTokens)$/i;
function utcmResources(json3) {
  if (!isObject(json3)) return void 0;
  const holder = isObject(json3.baseline) ? json3.baseline : json3;
  const list2 = holder.resources;
  if (!Array.isArray(list2)) return void 0;
  return list2.some((r) => isObject(r) && typeof r.resourceType === "string") ? list2 : void 0;
}
function isUtcm(json3) {
  return utcmResources(json3) !== void 0;
}
function collectUtcm(source, out) {
  const list2 = utcmResources(source.json) ?? [];
  let used = 0;
  list2.forEach((r, i) => {
    if (!isObject(r) || typeof r.resourceType !== "string") return;
    const kind = UTCM_KINDS[r.resourceType.toLowerCase()];
    if (!kind) return;
    const where2 = `${source.path} (resource ${i + 1})`;
    const props = {};
    for (const [k, v] of Object.entries(isObject(r.properties) ? r.properties : {})) {
      if (!UTCM_OWN.test(k)) props[k] = v;
    }
    const obj = camelKeys(dropAnnotations(props));
    for (const k of READ_ONLY_DROPPED) delete obj[k];
    if (kind === "partner") {
      const id = typeof obj.tenantId === "string" ? obj.tenantId : void 0;
      if (!id || !isGuid(id)) throw new ImportError(`${where2}: a UTCM partner resource without a PartnerTenantId GUID`);
      out.found.push({ kind, id, obj, origin: where2 });
    } else out.found.push({ kind, obj, origin: where2 });
    used++;
  });
  if (used === 0) throw new ImportError(`${source.path}: a UTCM snapshot without cross-tenant access resources (microsoft.entra.crosstenantaccesspolicy*)`);
  out.notes.push(`${source.path}: read ${used} UTCM resource${used === 1 ? "" : "s"} (PascalCase names converted to Graph's camelCase)`);
}
function collect(source, out) {
  const { path: path2, json: json3 } = source;
  if (isUtcm(json3)) {
    collectUtcm(source, out);
    return;
  }
  let items;
  let context = "";
  if (Array.isArray(json3)) items = json3;
  else if (isObject(json3)) {
    context = typeof json3["@odata.context"] === "string" ? json3["@odata.context"] : "";
    if (/deletedItems\/crossTenantPartners/i.test(context)) {
      throw new ImportError(
        `${path2} is a list of soft-deleted partners (@odata.context ends in deletedItems/crossTenantPartners): they are not live settings and are not imported; fetch /policies/crossTenantAccessPolicy/partners instead`
      );
    }
    if (typeof json3["@odata.nextLink"] === "string") {
      out.notes.push(`${path2} has @odata.nextLink: it holds only the first page of the collection; fetch every page (Invoke-MgGraphRequest with the nextLink, or az rest per page) and import them all`);
    }
    if (Array.isArray(json3.value)) items = json3.value;
    else if (isObject(json3.value) && Object.keys(json3).every((k) => k === "value" || k.includes("@"))) items = [json3.value];
    else items = [json3];
  } else throw new ImportError(`${path2}: expected a JSON object or array from Microsoft Graph, found ${json3 === null ? "null" : typeof json3}`);
  const cloud = context ? cloudFromContext(context) : void 0;
  if (cloud) out.clouds.add(cloud);
  items.forEach((item, i) => {
    const where2 = items.length > 1 || item !== json3 ? `${path2} (item ${i + 1})` : path2;
    if (!isObject(item)) throw new ImportError(`${where2}: expected a JSON object, found ${item === null ? "null" : Array.isArray(item) ? "an array" : typeof item}`);
    const itemContext = typeof item["@odata.context"] === "string" ? item["@odata.context"] : context;
    if (/deletedItems\/crossTenantPartners/i.test(itemContext)) {
      throw new ImportError(`${where2} is a soft-deleted partner (@odata.context ends in deletedItems/crossTenantPartners): it is not a live setting and is not imported`);
    }
    const odataType = typeof item["@odata.type"] === "string" && Object.hasOwn(ODATA_TYPES, item["@odata.type"]) ? ODATA_TYPES[item["@odata.type"]] : void 0;
    const kind = odataType ?? kindFromShape(camelKeys(item)) ?? (itemContext ? kindFromContext(itemContext) : void 0) ?? kindFromPath(path2) ?? "default";
    const obj = graphCasing(dropAnnotations(item), kind, where2, out.notes);
    for (const k of READ_ONLY_DROPPED) delete obj[k];
    if (kind === "partner" || kind === "identitySync") {
      const id = (typeof obj.tenantId === "string" ? obj.tenantId : void 0) ?? lastGuid(itemContext) ?? lastGuid(path2);
      if (!id || !isGuid(id)) throw new ImportError(`${where2}: cannot tell which partner this ${kind === "partner" ? "partner object" : "identity synchronization"} is for: it has no tenantId (put the partner's tenant ID in the file name)`);
      if (kind === "partner" && isObject(obj.identitySynchronization)) {
        out.found.push({ kind: "identitySync", id, obj: obj.identitySynchronization, origin: where2 });
        delete obj.identitySynchronization;
      } else if (kind === "partner" && obj.identitySynchronization === null) delete obj.identitySynchronization;
      out.found.push({ kind, id, obj, origin: where2 });
    } else out.found.push({ kind, obj, origin: where2 });
  });
}
function merge(a, b) {
  const obj = { ...a.obj };
  for (const [k, v] of Object.entries(b.obj)) {
    if (!Object.prototype.hasOwnProperty.call(obj, k) || obj[k] === null) setOwn(obj, k, v);
    else if (v !== null && !sameSetting(obj[k], v)) {
      const what = a.kind === "root" ? "the root policy" : a.kind === "default" ? "the default" : `${a.kind === "partner" ? "partner" : "the identity synchronization of"} ${a.id}`;
      throw new ImportError(`${a.origin} and ${b.origin} disagree on \`${k}\` of ${what}: import one tenant's settings, fetched once`);
    }
  }
  return { ...a, obj };
}
function clean(v, type, path2, unknown) {
  const out = {};
  const known = /* @__PURE__ */ new Set();
  for (const [prop, child] of TYPES[type]) {
    known.add(prop);
    if (!Object.prototype.hasOwnProperty.call(v, prop)) continue;
    const x = cleanValue(v[prop], child, `${path2}.${prop}`, unknown);
    if (x !== void 0) out[prop] = x;
  }
  for (const [k, x] of Object.entries(v)) {
    if (known.has(k)) continue;
    if (dropNulls(x) !== void 0) unknown.push(`${path2}.${k}`);
  }
  return Object.keys(out).length ? out : void 0;
}
function cleanValue(x, child, path2, unknown) {
  if (x === null) return void 0;
  if (Array.isArray(x)) {
    const items = [];
    x.forEach((item, i) => {
      if (item === null) return;
      if (child && isObject(item)) {
        const c = clean(item, child, `${path2}[${i}]`, unknown);
        if (c) items.push(c);
      } else items.push(item);
    });
    return items;
  }
  if (child && isObject(x)) return clean(x, child, path2, unknown);
  return x;
}
function without(obj, keys) {
  if (!obj) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.includes(k)) setOwn(out, k, v);
  return Object.keys(out).length ? out : void 0;
}
var SD = SERVICE_DEFAULT;
function dropServiceDefaults(obj) {
  if (!obj) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Object.prototype.hasOwnProperty.call(SD, k) && sameSetting(v, JSON.parse(JSON.stringify(SD[k])))) continue;
    setOwn(out, k, v);
  }
  return Object.keys(out).length ? out : void 0;
}
function slug(text) {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
}
var READ_ONLY_DIRECTIVE = " xtap-lint-disable-next-line read-only-property -- imported from the tenant: service-managed, kept as a record";
function render(value, schema, decorate) {
  const doc = new import_yaml14.Document(value);
  doc.commentBefore = ` yaml-language-server: $schema=${SCHEMA_BASE}/${schema}.schema.json
 Imported from Microsoft Graph by xtap-lint import. Review it, then lint: npx xtap-lint`;
  decorate?.(doc);
  return doc.toString({ lineWidth: 0 });
}
function commentBeforeKey(doc, path2, key, comment2) {
  const map = doc.getIn(path2, true);
  if (!(0, import_yaml14.isMap)(map)) return;
  for (const pair2 of map.items) {
    if ((0, import_yaml14.isScalar)(pair2.key) && pair2.key.value === key) pair2.key.commentBefore = comment2;
  }
}
function importTenant(sources, options = {}) {
  const col = { found: [], notes: [], clouds: /* @__PURE__ */ new Set() };
  for (const s of sources) collect(s, col);
  if (col.found.length === 0) throw new ImportError("found no Microsoft Graph objects to import");
  const byKey = /* @__PURE__ */ new Map();
  for (const f of col.found) {
    const key = f.id ? `${f.kind}:${f.id.toLowerCase()}` : f.kind;
    const seen = byKey.get(key);
    byKey.set(key, seen ? merge(seen, f) : f);
  }
  const unknown = [];
  const tenantFile = `${slug(options.name ?? "") || "tenant"}.xtap.yaml`;
  const files = [];
  const partnerIds = [];
  const partners = /* @__PURE__ */ new Map();
  const syncs = /* @__PURE__ */ new Map();
  for (const f of byKey.values()) {
    if (f.kind !== "partner" && f.kind !== "identitySync") continue;
    const id = (f.id ?? "").toLowerCase();
    if (!partners.has(id) && !syncs.has(id)) partnerIds.push(id);
    (f.kind === "partner" ? partners : syncs).set(id, f);
  }
  partnerIds.sort();
  for (const id of partnerIds) {
    const file = `partners/${id}.xtap.yaml`;
    const found = [];
    const p = partners.get(id);
    const s = syncs.get(id);
    const declaredId = p?.obj.tenantId ?? s?.obj.tenantId ?? p?.id ?? s?.id ?? id;
    const input = { ...p?.obj ?? {}, tenantId: declaredId };
    const displayName = s?.obj.displayName;
    const labelOnly = typeof displayName === "string" && displayName.toLowerCase().includes(id.toLowerCase());
    if (typeof displayName === "string" && displayName.trim() && !labelOnly && !("name" in input)) input.name = displayName;
    if (s) input.identitySynchronization = s.obj;
    const entry = clean(input, "partner", "partners[0]", found) ?? { tenantId: declaredId };
    for (const k of SERVICE_MANAGED.partner) if (entry[k] !== true || k === "deletedDateTime") delete entry[k];
    if (s) entry.identitySynchronization = without(isObject(entry.identitySynchronization) ? entry.identitySynchronization : void 0, SERVICE_MANAGED.identitySync) ?? {};
    for (const path2 of found) unknown.push({ file, path: path2 });
    const readOnly = SERVICE_MANAGED.partner.filter((k) => entry[k] === true);
    files.push({
      path: file,
      text: render({ partners: [entry] }, "partner", (doc2) => {
        for (const k of readOnly) commentBeforeKey(doc2, ["partners", 0], k, READ_ONLY_DIRECTIVE);
      })
    });
  }
  const tenantUnknown = [];
  const rootFound = byKey.get("root");
  const defaultFound = byKey.get("default");
  const root2 = without(rootFound ? clean(rootFound.obj, "root", "crossTenantAccessPolicy", tenantUnknown) : void 0, SERVICE_MANAGED.root);
  if (root2 && Array.isArray(root2.allowedCloudEndpoints) && root2.allowedCloudEndpoints.length === 0) delete root2.allowedCloudEndpoints;
  const def = dropServiceDefaults(without(defaultFound ? clean(defaultFound.obj, "default", "default", tenantUnknown) : void 0, SERVICE_MANAGED.default));
  const tenant = { id: options.tenantId ?? PLACEHOLDER_TENANT_ID };
  if (options.name) tenant.name = options.name;
  if (options.domains?.length) tenant.domains = [...options.domains];
  const clouds = [...col.clouds];
  if (options.cloud && options.cloud !== "commercial") tenant.cloud = options.cloud;
  else if (!options.cloud && clouds.length === 1 && clouds[0] !== "commercial") tenant.cloud = clouds[0];
  tenant.license = options.license ?? "p1";
  if (options.facts && Object.keys(options.facts).length) tenant.facts = { ...options.facts };
  const doc = { tenant };
  if (root2 && Object.keys(root2).length) doc.crossTenantAccessPolicy = root2;
  if (def) doc.default = def;
  if (partnerIds.length) doc.include = ["partners/*.xtap.yaml"];
  for (const path2 of tenantUnknown) unknown.unshift({ file: tenantFile, path: path2 });
  files.unshift({
    path: tenantFile,
    text: render(doc, "tenant", (d) => {
      if (!options.tenantId) {
        const id = d.getIn(["tenant", "id"], true);
        if ((0, import_yaml14.isScalar)(id)) id.comment = " not in Graph's responses: replace with the tenant ID (import --tenant-id)";
      }
      if (!options.license) {
        const lic = d.getIn(["tenant", "license"], true);
        if ((0, import_yaml14.isScalar)(lic)) lic.comment = " not in Graph's responses: check it (free | p1 | p2; import --license)";
      }
    })
  });
  if (!options.tenantId) col.notes.push(`no --tenant-id: wrote ${PLACEHOLDER_TENANT_ID} as tenant.id in ${tenantFile}; replace it with the tenant's ID`);
  if (!options.license) col.notes.push(`no --license: wrote license: p1 in ${tenantFile}; check it`);
  return { files, unknown, notes: col.notes };
}

// src/cli/commands/import.ts
var IMPORT_HELP = `Usage: xtap-lint import <files|folders...> --out <dir> [options]

Turn the JSON of Microsoft Graph GET responses into declarations: one tenant file and one partner file per
partner. Reads the root policy (/policies/crossTenantAccessPolicy), /default, /partners (one partner or a
\`value\` collection) and /partners/{id}/identitySynchronization, v1.0 or beta, EntraExporter's
Policies/CrossTenantAccessPolicy folders, PowerShell SDK output (PascalCase names) and UTCM snapshots. A folder
is read for every *.json under it. To read the live tenant directly, see xtap-lint pull.

Options:
  -o, --out <dir>            the folder to write (required)
      --tenant-id <id>       the tenant's ID (Graph's responses do not carry it)
      --license <plan>       the tenant's Microsoft Entra ID plan: free, p1 (default), p2
      --name <name>          the tenant's name: tenant.name and the tenant file's name
      --force                overwrite files that exist
  -h, --help                 show this help

Properties Graph does not have are dropped and listed on stderr (a request carrying one would fail with 400).
Exit codes: 0 written, 2 bad usage, unreadable JSON (shown at line:column) or a soft-deleted partner list.
`;
var LICENSES2 = ["free", "p1", "p2"];
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function jsonFilesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of (0, import_node_fs6.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const abs = (0, import_node_path6.join)(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== ".git") walk(abs);
      } else if (e.isFile() && /\.json$/i.test(e.name)) out.push(abs);
    }
  };
  walk(dir);
  const xtap = out.filter((f) => /(^|[\\/])policies[\\/]crosstenantaccesspolicy([\\/]|$)/i.test((0, import_node_path6.relative)(dir, f)));
  return xtap.length ? xtap : out;
}
function display(io, abs) {
  return ((0, import_node_path6.relative)(io.cwd, abs) || ".").split(import_node_path6.sep).join("/");
}
function readSources(io, paths) {
  const sources = [];
  for (const p of paths) {
    const abs = (0, import_node_path6.resolve)(io.cwd, p);
    if (!(0, import_node_fs6.existsSync)(abs)) throw new CliError(`no such file or directory: ${p}`);
    const files = (0, import_node_fs6.statSync)(abs).isDirectory() ? jsonFilesUnder(abs) : [abs];
    if (files.length === 0) throw new CliError(`no .json files under ${p}`);
    for (const f of files) {
      const shown = display(io, f);
      let text;
      try {
        text = decodeText((0, import_node_fs6.readFileSync)(f));
      } catch (err) {
        const e = err;
        throw new CliError(`cannot read ${shown}: ${e.code ? e.message.split("\n")[0] : "it is neither UTF-8 nor UTF-16 text"}`);
      }
      try {
        sources.push({ path: shown, json: parseJson(text) });
      } catch (err) {
        if (err instanceof JsonSyntaxError) throw new CliError(`cannot read ${shown}:${err.line}:${err.column}: not valid JSON: ${err.reason}`);
        throw err;
      }
    }
  }
  return sources;
}
async function importCommand(args, io) {
  const { values, positionals } = parseCommandArgs(
    "import",
    args,
    {
      out: { type: "string", short: "o" },
      "tenant-id": { type: "string" },
      license: { type: "string" },
      name: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  );
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError("import needs the JSON files or folders to read (see xtap-lint import --help)");
  if (!values.out) throw new CliError("import needs --out <dir>, the folder to write the declarations to");
  const options = {};
  if (values["tenant-id"] !== void 0) {
    if (!isGuid(values["tenant-id"])) throw new CliError(`--tenant-id must be a GUID, got "${values["tenant-id"]}"`);
    options.tenantId = values["tenant-id"];
  }
  if (values.license !== void 0) {
    const license = LICENSES2.find((l) => l === values.license);
    if (!license) throw new CliError(`--license must be one of free, p1, p2; got "${values.license}"`);
    options.license = license;
  }
  if (values.name !== void 0) options.name = values.name;
  const sources = readSources(io, positionals);
  let result;
  try {
    result = importTenant(sources, options);
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`import: ${err.message}`);
    throw err;
  }
  const outDir = (0, import_node_path6.resolve)(io.cwd, values.out);
  const targets = result.files.map((f) => ({ abs: (0, import_node_path6.join)(outDir, ...f.path.split("/")), text: f.text }));
  if (!values.force) {
    const existing = targets.find((t) => (0, import_node_fs6.existsSync)(t.abs));
    if (existing) throw new CliError(`${display(io, existing.abs)} exists: use --force to overwrite it`);
  }
  for (const t of targets) {
    try {
      (0, import_node_fs6.mkdirSync)((0, import_node_path6.dirname)(t.abs), { recursive: true });
      (0, import_node_fs6.writeFileSync)(t.abs, t.text);
    } catch (err) {
      throw new CliError(`cannot write ${display(io, t.abs)}: ${err.message.split("\n")[0]}`);
    }
  }
  for (const u of result.unknown) {
    io.stderr(`import: dropped unknown property ${visible(u.path)} from ${display(io, (0, import_node_path6.join)(outDir, ...u.file.split("/")))}: Microsoft Graph has no such property (a request carrying it would fail with 400 Invalid property)
`);
  }
  for (const n of result.notes) io.stderr(`import: ${visible(n)}
`);
  const partners = result.files.length - 1;
  io.stdout(`Wrote ${display(io, targets[0].abs)} and ${partners} partner file${partners === 1 ? "" : "s"}. Review them, then run: xtap-lint ${display(io, outDir)}
`);
  return 0;
}

// src/cli/commands/export.ts
var import_node_fs7 = require("node:fs");
var import_node_path7 = require("node:path");

// src/graph/export.ts
var ExportRefusal = class extends Error {
};
function toJson(file, node) {
  const doc = documentOf(file);
  const n = deref(doc, node);
  if (n === null || n === void 0 || !doc) return void 0;
  return nodeData(file, n);
}
function tenantDecl(t) {
  const root2 = rootMap(t.file);
  const asObject = (v) => isObject(v) ? v : {};
  return {
    root: asObject(toJson(t.file, getPair(root2, "crossTenantAccessPolicy")?.value)),
    default: asObject(toJson(t.file, getPair(root2, "default")?.value)),
    partners: t.partners.map((p) => ({ model: p, decl: asObject(toJson(p.file, nodeAt(p.entry, "map"))) }))
  };
}
function graphValue(v, type) {
  if (type === null) return v;
  if (Array.isArray(v)) return v.map((x) => graphValue(x, type));
  if (!isObject(v)) return v;
  const out = {};
  for (const [prop, child] of TYPES[type]) {
    if (prop === "label" || !Object.prototype.hasOwnProperty.call(v, prop)) continue;
    out[prop] = graphValue(v[prop], child);
  }
  return out;
}
function childType(level, prop) {
  const hit = TYPES[level].find(([name]) => name === prop);
  return hit ? hit[1] : null;
}
var SD2 = SERVICE_DEFAULT;
var copy = (v) => JSON.parse(JSON.stringify(v));
function completeDefault(prop, v) {
  const sd = SD2[prop];
  if (!isObject(v) || !isObject(sd)) return v;
  const out = {};
  for (const [member, child] of TYPES[childType("default", prop) ?? "default"]) {
    if (member === "label") continue;
    if (Object.prototype.hasOwnProperty.call(v, member) && v[member] !== null) out[member] = graphValue(v[member], child);
    else if (Object.prototype.hasOwnProperty.call(sd, member)) out[member] = copy(sd[member]);
  }
  return out;
}
function defaultSetting(decl, prop) {
  const v = decl[prop];
  if (v !== void 0 && v !== null) return completeDefault(prop, graphValue(v, childType("default", prop)));
  return Object.prototype.hasOwnProperty.call(SD2, prop) ? copy(SD2[prop]) : null;
}
function ordered(level, body) {
  const out = {};
  for (const [prop] of TYPES[level]) if (Object.prototype.hasOwnProperty.call(body, prop)) out[prop] = body[prop];
  return out;
}
function declaredBody(level, decl, keepNulls) {
  const body = {};
  for (const prop of WRITABLE[level]) {
    if (!Object.prototype.hasOwnProperty.call(decl, prop)) continue;
    const v = decl[prop];
    if (v === null && !keepNulls) continue;
    body[prop] = graphValue(v, childType(level, prop));
  }
  return ordered(level, body);
}
function usesBeta(level, body) {
  return Boolean(body) && BETA_ONLY[level].some((p) => Object.prototype.hasOwnProperty.call(body, p));
}
var Urls = class {
  constructor(host) {
    this.host = host;
  }
  host;
  url(beta, path2 = "") {
    return `${this.host}/${beta ? "beta" : "v1.0"}${POLICY_PATH}${path2}`;
  }
};
function declaredTenantId(decl, fallback) {
  return typeof decl.tenantId === "string" ? decl.tenantId : fallback;
}
function syncOf(decl) {
  return isObject(decl.identitySynchronization) ? decl.identitySynchronization : void 0;
}
function putSync(urls, label, tenantId, sync) {
  const body = declaredBody("identitySync", sync, false);
  return {
    title: `put the identity synchronization policy of partner ${label}`,
    name: `put-identitySynchronization-${tenantId.toLowerCase()}`,
    request: { method: "PUT", url: urls.url(usesBeta("identitySync", body), `/partners/${tenantId}/identitySynchronization`), body }
  };
}
function rootPlain(urls, decl) {
  const body = declaredBody("root", decl.root, false);
  if (!Object.keys(body).length) return [];
  return [{ title: "update the cross-tenant access policy (root)", name: "patch-root", request: { method: "PATCH", url: urls.url(false), body } }];
}
function defaultPlain(urls, decl, notes2) {
  const body = {};
  for (const prop of WRITABLE.default) if (Object.prototype.hasOwnProperty.call(decl.default, prop)) body[prop] = defaultSetting(decl.default, prop);
  if (decl.default.automaticUserConsentSettings !== void 0) {
    notes2.push("the default's automaticUserConsentSettings is read-only (always false) and is not exported; set automatic redemption per partner");
  }
  if (!Object.keys(body).length) return [];
  const b = ordered("default", body);
  return [{ title: "update the default settings", name: "patch-default", request: { method: "PATCH", url: urls.url(usesBeta("default", b), "/default"), body: b } }];
}
function partnersPlain(urls, decl) {
  const out = [];
  const syncs = [];
  for (const { model, decl: p } of decl.partners) {
    const tenantId = declaredTenantId(p, model.id);
    const label = partyLabel({ id: tenantId, name: model.name });
    const patch = declaredBody("partner", p, true);
    const post = { tenantId, ...declaredBody("partner", p, false) };
    const beta = usesBeta("partner", patch);
    out.push({
      title: `create or update partner ${label}`,
      name: `partner-${tenantId.toLowerCase()}`,
      request: { method: "PATCH", url: urls.url(beta, `/partners/${tenantId}`), body: patch, ifAbsent: { method: "POST", url: urls.url(beta, "/partners"), body: post } }
    });
    const sync = syncOf(p);
    if (sync) syncs.push(putSync(urls, label, tenantId, sync));
  }
  return [...out, ...syncs];
}
function exactPlan(urls, want, have) {
  const out = [];
  const rootBody = {};
  for (const prop of WRITABLE.root) {
    const w = want.root[prop] ?? (prop === "allowedCloudEndpoints" ? [] : null);
    const h = have.root[prop] ?? (prop === "allowedCloudEndpoints" ? [] : null);
    if (prop === "displayName" && (w === null || w === void 0)) continue;
    if (!sameSetting(w, h)) rootBody[prop] = graphValue(w, null);
  }
  if (Object.keys(rootBody).length) out.push({ title: "update the cross-tenant access policy (root)", name: "patch-root", request: { method: "PATCH", url: urls.url(false), body: ordered("root", rootBody) } });
  const defBody = {};
  for (const prop of WRITABLE.default) {
    const w = defaultSetting(want.default, prop);
    if (!sameSetting(w, defaultSetting(have.default, prop))) defBody[prop] = w;
  }
  if (Object.keys(defBody).length) {
    const b = ordered("default", defBody);
    out.push({ title: "update the default settings", name: "patch-default", request: { method: "PATCH", url: urls.url(usesBeta("default", b), "/default"), body: b } });
  }
  const haveById = new Map(have.partners.map((p) => [p.model.id, p]));
  const wantIds = new Set(want.partners.map((p) => p.model.id));
  const syncs = [];
  for (const { model, decl } of want.partners) {
    const tenantId = declaredTenantId(decl, model.id);
    const label = partyLabel({ id: tenantId, name: model.name });
    const before = haveById.get(model.id);
    if (!before) {
      const body = { tenantId, ...declaredBody("partner", decl, false) };
      out.push({ title: `create partner ${label}`, name: `post-partner-${tenantId.toLowerCase()}`, request: { method: "POST", url: urls.url(usesBeta("partner", body), "/partners"), body } });
    } else {
      const body = {};
      for (const prop of WRITABLE.partner) {
        const w = decl[prop] ?? null;
        if (!sameSetting(w, before.decl[prop] ?? null)) body[prop] = graphValue(w, childType("partner", prop));
      }
      if (Object.keys(body).length) {
        const b = ordered("partner", body);
        out.push({ title: `update partner ${label}`, name: `patch-partner-${tenantId.toLowerCase()}`, request: { method: "PATCH", url: urls.url(usesBeta("partner", b), `/partners/${tenantId}`), body: b } });
      }
    }
    const sync = syncOf(decl);
    const syncBefore = before ? syncOf(before.decl) : void 0;
    if (sync && (!syncBefore || !sameSetting(declaredBody("identitySync", sync, false), declaredBody("identitySync", syncBefore, false)))) {
      syncs.push(putSync(urls, label, tenantId, sync));
    } else if (!sync && syncBefore) {
      syncs.push({
        title: `delete the identity synchronization policy of partner ${label}`,
        name: `delete-identitySynchronization-${tenantId.toLowerCase()}`,
        request: { method: "DELETE", url: urls.url(false, `/partners/${tenantId}/identitySynchronization`) }
      });
    }
  }
  out.push(...syncs);
  for (const { model, decl } of have.partners) {
    if (wantIds.has(model.id)) continue;
    const tenantId = declaredTenantId(decl, model.id);
    const label = partyLabel({ id: tenantId, name: model.name });
    if (decl.isServiceProvider === true) {
      throw new ExportRefusal(
        `refusing to remove partner ${label} of tenant ${model.tenant.label}: it is a cloud service provider (isServiceProvider: true), which Microsoft Entra does not let you remove; keep its declaration`
      );
    }
    if (syncOf(decl)) {
      out.push({
        title: `delete the identity synchronization policy of partner ${label}`,
        name: `delete-identitySynchronization-${tenantId.toLowerCase()}`,
        request: { method: "DELETE", url: urls.url(false, `/partners/${tenantId}/identitySynchronization`) }
      });
    }
    out.push({ title: `delete partner ${label}`, name: `delete-partner-${tenantId.toLowerCase()}`, request: { method: "DELETE", url: urls.url(false, `/partners/${tenantId}`) } });
  }
  return out;
}
function refuseDuplicates(t) {
  for (const [id, list2] of t.partnersById) {
    if (list2.length > 1) throw new ExportRefusal(`partner ${id} is declared ${list2.length} times for tenant ${t.label} (${list2.map((p) => p.file.path).join(", ")}): fix duplicate-partner first`);
  }
}
function exportRequests(model, options = {}) {
  const plans = [];
  for (const t of model.tenants) {
    if (options.select && !options.select(t)) continue;
    const twin = plans.find((p) => p.tenantId === t.id);
    if (twin) throw new ExportRefusal(`tenant ${t.label} is declared in both ${twin.file} and ${t.file.path}: export one of them (keep an import of the live tenant outside the repository, or ignore it in .xtap-lint.yaml)`);
    refuseDuplicates(t);
    const urls = new Urls(GRAPH_HOST[t.cloud]);
    const want = tenantDecl(t);
    const notes2 = [];
    let requests;
    let mode = "create-or-update";
    if (options.current) {
      const matches = options.current.tenantsById.get(t.id) ?? [];
      if (matches.length > 1) throw new ExportRefusal(`the current state declares tenant ${t.label} ${matches.length} times (${matches.map((m) => m.file.path).join(", ")})`);
      if (matches.length === 1) {
        refuseDuplicates(matches[0]);
        requests = exactPlan(urls, want, tenantDecl(matches[0]));
        mode = "exact";
      } else if (options.missingCurrent === "create-or-update") {
        notes2.push(`tenant ${t.label} is not in the current state: its requests are create-or-update`);
        requests = [...rootPlain(urls, want), ...defaultPlain(urls, want, notes2), ...partnersPlain(urls, want)];
      } else {
        throw new ExportRefusal(`the current state has no tenant ${t.id} (${t.label}): import the live tenant with --tenant-id ${t.id}`);
      }
    } else {
      requests = [...rootPlain(urls, want), ...defaultPlain(urls, want, notes2), ...partnersPlain(urls, want)];
    }
    plans.push({ tenantId: t.id, label: t.label, file: t.file.path, mode, requests, notes: notes2 });
  }
  return plans;
}

// src/graph/powershell.ts
function comment(s) {
  return s.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}
function json2(body) {
  return JSON.stringify(body, null, 2);
}
function call(r, indent = "") {
  const head = `${indent}Invoke-MgGraphRequest -Method ${r.method} -Uri '${r.url.replace(/'/g, "''")}'`;
  if (!r.body) return `${head}
`;
  return `${head} -ContentType 'application/json' -Body @'
${json2(r.body)}
'@
`;
}
function createOrUpdate(r) {
  return [
    `$null = Invoke-MgGraphRequest -Method GET -Uri '${r.url.replace(/'/g, "''")}' -SkipHttpErrorCheck -StatusCodeVariable 'status'`,
    `if ($status -eq 404) {`,
    call(r.ifAbsent, "  ").trimEnd(),
    `} elseif ($status -ge 400) {`,
    `  throw "GET ${r.url} returned HTTP $status"`,
    `} else {`,
    call(r, "  ").trimEnd(),
    `}`,
    ""
  ].join("\n");
}
function powershellScript(plans, version) {
  const out = [
    `# Generated by xtap-lint ${version} export --format powershell. Review it before running it.`,
    "#Requires -Modules Microsoft.Graph.Authentication",
    "$ErrorActionPreference = 'Stop'",
    ""
  ];
  for (const plan of plans) {
    out.push(`# Tenant ${comment(plan.label)} (${plan.tenantId}), from ${comment(plan.file)}: ${plan.mode === "exact" ? "exact changes" : "create or update"}, ${plan.requests.length} request${plan.requests.length === 1 ? "" : "s"}.`);
    out.push(`# Connect-MgGraph -TenantId ${plan.tenantId} -Scopes Policy.ReadWrite.CrossTenantAccess`);
    for (const n of plan.notes) out.push(`# Note: ${comment(n)}`);
    out.push("");
    plan.requests.forEach((p, i) => {
      out.push(`# ${i + 1}. ${comment(p.title)}`);
      const r = p.request;
      out.push(r.ifAbsent ? createOrUpdate({ ...r, ifAbsent: r.ifAbsent }) : call(r));
    });
  }
  return out.join("\n");
}

// src/graph/utcm.ts
var B2B3 = ["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound"];
var MONITORED = {
  root: ["displayName", "allowedCloudEndpoints"],
  default: [...B2B3, "inboundTrust"],
  partner: [...B2B3, "automaticUserConsentSettings", "inboundTrust"]
};
var TRUST_MEMBERS2 = ["isCompliantDeviceAccepted", "isHybridAzureADJoinedDeviceAccepted", "isMfaAccepted"];
function pascal(name) {
  if (name.startsWith("b2b")) return `B2B${name.slice(3)}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
function toUtcm(v) {
  if (Array.isArray(v)) return v.map(toUtcm);
  if (!isObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (x !== null && k !== "label") out[pascal(k)] = toUtcm(x);
  return out;
}
function childType2(level, prop) {
  const hit = TYPES[level].find(([n]) => n === prop);
  return hit ? hit[1] : null;
}
function trustOnly(v) {
  if (!isObject(v)) return v;
  const out = {};
  for (const m of TRUST_MEMBERS2) if (v[m] !== void 0 && v[m] !== null) out[m] = v[m];
  return out;
}
function unmonitoredOf(where2, decl, level) {
  const out = [];
  const own = /* @__PURE__ */ new Set(["tenantId", "name", "cloud", "license", "owner", "tags", "reviewBy", "ticket", "id", "isServiceDefault", "isServiceProvider", "isInMultiTenantOrganization", "deletedDateTime", "definition", "description"]);
  for (const [k, v] of Object.entries(decl)) {
    if (own.has(k) || v === null || v === void 0) continue;
    if (!MONITORED[level].includes(k)) out.push(`${where2}: ${k}`);
    else if (k === "inboundTrust" && isObject(v) && v.isCompliantNetworkAccepted !== void 0 && v.isCompliantNetworkAccepted !== null) out.push(`${where2}: inboundTrust.isCompliantNetworkAccepted`);
  }
  return out;
}
function monitorFor(t, version) {
  const decl = tenantDecl(t);
  const resources = [];
  const unmonitored = [];
  const root2 = { IsSingleInstance: "Yes" };
  for (const p of MONITORED.root) if (decl.root[p] !== void 0 && decl.root[p] !== null) root2[pascal(p)] = toUtcm(graphValue(decl.root[p], null));
  root2.Ensure = "Present";
  if (Object.keys(root2).length > 2) resources.push({ displayName: "Cross-tenant access policy", resourceType: "microsoft.entra.crosstenantaccesspolicy", properties: root2 });
  unmonitored.push(...unmonitoredOf("crossTenantAccessPolicy", decl.root, "root"));
  const def = { IsSingleInstance: "Yes" };
  for (const p of MONITORED.default) {
    const v = defaultSetting(decl.default, p);
    if (v === null) continue;
    def[pascal(p)] = toUtcm(p === "inboundTrust" ? trustOnly(v) : v);
  }
  def.Ensure = "Present";
  resources.push({ displayName: "Cross-tenant access default settings", resourceType: "microsoft.entra.crosstenantaccesspolicyconfigurationdefault", properties: def });
  unmonitored.push(...unmonitoredOf("default", decl.default, "default"));
  for (const { model, decl: p } of decl.partners) {
    const tenantId = typeof p.tenantId === "string" ? p.tenantId : model.id;
    const label = partyLabel({ id: tenantId, name: model.name });
    const props = { PartnerTenantId: tenantId };
    for (const prop of MONITORED.partner) {
      const v = p[prop];
      if (v === void 0 || v === null) continue;
      const g = graphValue(v, childType2("partner", prop));
      props[pascal(prop)] = toUtcm(prop === "inboundTrust" ? trustOnly(g) : g);
    }
    props.Ensure = "Present";
    resources.push({ displayName: `Partner ${label}`.slice(0, 256), resourceType: "microsoft.entra.crosstenantaccesspolicyconfigurationpartner", properties: props });
    unmonitored.push(...unmonitoredOf(`partner ${label}`, p, "partner"));
  }
  const name = `xtap-lint: ${t.label}`.slice(0, 256);
  const description = `Cross-tenant access settings declared in ${t.file.path}, written by xtap-lint ${version} export --format utcm.`;
  return {
    tenantId: t.id,
    label: t.label,
    file: t.file.path,
    monitor: { displayName: name, description, baseline: { displayName: name, description, parameters: [], resources } },
    unmonitored
  };
}
function utcmMonitors(model, version, select = () => true) {
  return model.tenants.filter(select).map((t) => monitorFor(t, version));
}

// src/cli/commands/export.ts
var EXPORT_HELP = `Usage: xtap-lint export [paths...] [--out <dir>] [options]

Write the Microsoft Graph requests that apply the declarations, per tenant and in order: PATCH the root policy,
PATCH the default, create or update each partner (a PATCH carrying, as ifAbsent, the POST that creates it), PUT
each identity synchronization. The paths choose the tenants (default: .).

Options:
  -o, --out <dir>            write one JSON file per request, { method, url, body }, to <dir>/<tenant id>/
                             (without it the requests are printed as JSON)
  -f, --format <name>        json (default), powershell (Invoke-MgGraphRequest calls), or utcm: a
                             configuration monitor for Microsoft's drift monitor (UTCM) stating what it
                             can monitor; the declared settings it cannot are listed on stderr
      --against <dir>        declarations imported from the live tenant: exact requests (POST new partners,
                             PATCH what changed, DELETE removed partners)
      --base <git-ref>       the declarations at a git revision as the current state: exact requests
  -c, --config <file>        configuration file (default: .xtap-lint.yaml found upwards)
      --force                replace the requests an earlier export wrote
  -h, --help                 show this help

Declarations with syntax or schema errors are not exported. Exit codes: 0 written, 2 bad usage, unreadable or
invalid declarations, or a refused request (removing a cloud service provider).
`;
function display2(io, abs) {
  return ((0, import_node_path7.relative)(io.cwd, abs) || ".").split(import_node_path7.sep).join("/");
}
function readFolder(dir) {
  const config = defaultConfig();
  return readDeclarations(dir, listDeclarations(dir, config), config);
}
async function exportCommand(args, io) {
  const { values, positionals } = parseCommandArgs("export", args, {
    out: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    against: { type: "string" },
    base: { type: "string" },
    config: { type: "string", short: "c" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const format2 = values.format ?? "json";
  if (format2 !== "json" && format2 !== "powershell" && format2 !== "utcm") throw new CliError(`--format must be json, powershell or utcm for export; got "${visible(format2)}"`);
  if (values.against !== void 0 && values.base !== void 0) throw new CliError("use --against or --base, not both");
  if (format2 === "utcm" && (values.against !== void 0 || values.base !== void 0)) throw new CliError("--format utcm states the declared settings, not changes: leave out --against and --base");
  const { root: root2, config, select, paths } = openRepository(io, values, positionals, { defaultPath: true });
  const inputs = readDeclarations(root2, paths, config);
  const run = lintFiles(inputs, { config, rules: [] });
  const chosen = select ?? (() => true);
  const selected = run.model.tenants.filter((t) => chosen(t.file.path) || t.includedFiles.some((f) => chosen(f.path)));
  if (selected.length === 0) throw new CliError(`no tenant file under ${positionals.length ? positionals.join(", ") : "."} to export`);
  const files = new Set(selected.flatMap((t) => [t.file.path, ...t.includedFiles.map((f) => f.path)]));
  const broken = run.result.files.filter((f) => files.has(f.file) && f.findings.some((x) => x.severity === "error" && (x.ruleId === "syntax" || x.ruleId === "schema")));
  if (broken.length) {
    const first = broken[0].findings.find((x) => x.ruleId === "syntax" || x.ruleId === "schema");
    const where2 = first ? `${display2(io, (0, import_node_path7.join)(root2, broken[0].file))}:${first.range.line}:${first.range.column}` : broken[0].file;
    throw new CliError(`${where2}: ${first?.ruleId ?? "schema"} error in the declarations: fix it first (run xtap-lint), nothing was exported`);
  }
  if (format2 === "utcm") return writeUtcm(io, utcmMonitors(run.model, packageVersion(), (t) => selected.includes(t)), values);
  const options = { select: (t) => selected.includes(t) };
  if (values.against !== void 0) {
    const dir = (0, import_node_path7.resolve)(io.cwd, values.against);
    if (!(0, import_node_fs7.existsSync)(dir) || !(0, import_node_fs7.statSync)(dir).isDirectory()) throw new CliError(`--against needs a folder of declarations; not a folder: ${values.against}`);
    const current = readFolder(dir);
    if (current.length === 0) throw new CliError(`no declarations (*.xtap.yaml) under ${values.against}`);
    options.current = buildModel(current, config.limits).model;
    options.missingCurrent = "refuse";
  } else if (values.base !== void 0) {
    try {
      options.current = buildModel(readFilesAtRevision(root2, values.base, (p) => /\.xtap\.ya?ml$/.test(p)), config.limits).model;
    } catch (err) {
      if (err instanceof GitError) throw new CliError(`cannot read the base revision ${values.base}: ${err.message}`);
      throw err;
    }
    options.missingCurrent = "create-or-update";
  }
  let plans;
  try {
    plans = exportRequests(run.model, options);
  } catch (err) {
    if (err instanceof ExportRefusal) throw new CliError(`export: ${err.message}`);
    throw err;
  }
  for (const p of plans) for (const n of p.notes) io.stderr(`export: ${visible(n)}
`);
  if (!values.out) {
    if (format2 === "powershell") io.stdout(powershellScript(plans, packageVersion()));
    else io.stdout(JSON.stringify(plans.map((p) => ({ tenantId: p.tenantId, label: p.label, file: p.file, mode: p.mode, requests: p.requests.map((r) => r.request) })), null, 2) + "\n");
    return 0;
  }
  const outDir = (0, import_node_path7.resolve)(io.cwd, values.out);
  const writes = [];
  for (const plan of plans) {
    const dir = (0, import_node_path7.join)(outDir, plan.tenantId);
    if (format2 === "powershell") writes.push({ abs: (0, import_node_path7.join)(dir, "apply.ps1"), text: powershellScript([plan], packageVersion()) });
    else plan.requests.forEach((r, i) => writes.push({ abs: (0, import_node_path7.join)(dir, `${String(i + 1).padStart(3, "0")}-${r.name}.json`), text: JSON.stringify(r.request, null, 2) + "\n" }));
  }
  const stale = [];
  for (const plan of plans) {
    const dir = (0, import_node_path7.join)(outDir, plan.tenantId);
    if (!(0, import_node_fs7.existsSync)(dir)) continue;
    const old = (0, import_node_fs7.readdirSync)(dir).filter((n) => /^\d{3}-.+\.json$/.test(n) || n === "apply.ps1");
    if (old.length && !values.force) throw new CliError(`${display2(io, (0, import_node_path7.join)(dir, old[0]))} exists: use --force to replace the requests of an earlier export`);
    stale.push(...old.map((n) => (0, import_node_path7.join)(dir, n)));
  }
  for (const f of stale) (0, import_node_fs7.rmSync)(f);
  for (const w of writes) {
    try {
      (0, import_node_fs7.mkdirSync)((0, import_node_path7.join)(w.abs, ".."), { recursive: true });
      (0, import_node_fs7.writeFileSync)(w.abs, w.text);
    } catch (err) {
      throw new CliError(`cannot write ${display2(io, w.abs)}: ${err.message.split("\n")[0]}`);
    }
  }
  for (const plan of plans) {
    const n = plan.requests.length;
    const where2 = display2(io, (0, import_node_path7.join)(outDir, plan.tenantId));
    io.stdout(n === 0 ? `${plan.label}: no changes
` : `${plan.label}: ${n} request${n === 1 ? "" : "s"} (${plan.mode}) in ${where2}/
`);
  }
  return 0;
}
function writeUtcm(io, monitors, values) {
  for (const m of monitors) {
    for (const u of m.unmonitored) io.stderr(`export: UTCM cannot monitor ${visible(u)} (tenant ${visible(m.label)}); it is not in the monitor
`);
  }
  if (!values.out) {
    const body = monitors.length === 1 ? monitors[0].monitor : monitors.map((m) => m.monitor);
    io.stdout(JSON.stringify(body, null, 2) + "\n");
    return 0;
  }
  const outDir = (0, import_node_path7.resolve)(io.cwd, values.out);
  const writes = monitors.map((m) => ({ m, abs: (0, import_node_path7.join)(outDir, m.tenantId, "utcm-monitor.json") }));
  const existing = writes.find((w) => (0, import_node_fs7.existsSync)(w.abs));
  if (existing && !values.force) throw new CliError(`${display2(io, existing.abs)} exists: use --force to replace it`);
  for (const w of writes) {
    try {
      (0, import_node_fs7.mkdirSync)((0, import_node_path7.join)(w.abs, ".."), { recursive: true });
      (0, import_node_fs7.writeFileSync)(w.abs, JSON.stringify(w.m.monitor, null, 2) + "\n");
    } catch (err) {
      throw new CliError(`cannot write ${display2(io, w.abs)}: ${err.message.split("\n")[0]}`);
    }
    io.stdout(`${visible(w.m.label)}: UTCM configuration monitor in ${display2(io, w.abs)}
`);
  }
  return 0;
}

// src/cli/commands/init.ts
var import_node_fs8 = require("node:fs");
var import_node_path8 = require("node:path");
var import_yaml16 = __toESM(require_dist(), 1);
var INIT_HELP = `Usage: xtap-lint init [options]

Write a starter tenant file with Microsoft's service defaults written out, and a .xtap-lint.yaml,
in the current directory. Existing files are never overwritten: they are kept,
and init exits 0.

Options:
      --tenant-id <guid>   your tenant ID (default: a placeholder to replace)
      --name <name>        your tenant's name, used in messages (default: Contoso)
      --license <plan>     your Microsoft Entra ID plan: free, p1 (default), p2
      --file <path>        the tenant file to write (default: tenant.xtap.yaml)
  -h, --help               show this help
`;
var GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
function scalar(v) {
  return new import_yaml16.Document(v).toString({ lineWidth: 0, blockQuote: false }).replace(/\n$/, "");
}
function commentText(v) {
  return v.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
}
function b2b(name) {
  const list2 = (half) => {
    const l = SERVICE_DEFAULT[name][half];
    const targets = l.targets.map((t) => `        - target: ${t.target}
          targetType: ${t.targetType}
`).join("");
    return `    ${half}:
      accessType: ${l.accessType}
      targets:
${targets}`;
  };
  return `  ${name}:
${list2("usersAndGroups")}${list2("applications")}`;
}
function flags(values) {
  return Object.entries(values).map(([k, v]) => `    ${k}: ${v}
`).join("");
}
var redemption = SERVICE_DEFAULT.invitationRedemptionIdentityProviderConfiguration;
function starterTenant(opts) {
  const idComment = opts.tenantId === PLACEHOLDER_TENANT_ID ? "# replace: Microsoft Entra admin center → Overview → Tenant ID" : "# your tenant ID";
  return `# Cross-tenant access settings of ${commentText(opts.name)}, as code. Checked by xtap-lint: npx xtap-lint
#
# Written by \`xtap-lint init\`. Every value under \`default:\` is Microsoft's service default: what a tenant has
# before anyone changes its cross-tenant access settings (Microsoft Graph, GET /policies/crossTenantAccessPolicy/default).
# A property you leave out means the same service default, so you may delete what you keep unchanged.
# Property names are the Microsoft Graph names, case-sensitive. Rules: npx xtap-lint rules

tenant:
  id: ${opts.tenantId}   ${idComment}
  name: ${scalar(opts.name)}
  license: ${opts.license}   # your Microsoft Entra ID plan: free | p1 | p2
  # facts:                                   # settings outside cross-tenant access that some rules need
  #   mfaRequiredForExternalUsers: true      # a Conditional Access policy requires MFA of external users
  #   mfaRegistrationPolicyExcludesGuests: true

# The settings for every external organization that is not listed under partners.
default:
  # Inbound B2B collaboration: which external users may be invited here, to which of your apps.
${b2b("b2bCollaborationInbound")}
  # Outbound B2B collaboration: which of your users may be invited elsewhere, to which external apps.
${b2b("b2bCollaborationOutbound")}
  # B2B direct connect (Teams shared channels) is blocked both ways until you allow it for a partner.
${b2b("b2bDirectConnectInbound")}${b2b("b2bDirectConnectOutbound")}
  # Claims from other organizations this tenant trusts: none by default.
  inboundTrust:
${flags(SERVICE_DEFAULT.inboundTrust)}
  # Automatic invitation redemption: off by default (and must stay off in the default).
  automaticUserConsentSettings:
${flags(SERVICE_DEFAULT.automaticUserConsentSettings)}
  # Tenant restrictions: external identities blocked on your network and devices (when tenant restrictions v2 is on).
${b2b("tenantRestrictions")}
  # How guests redeem invitations: the identity providers in order, and the fallback.
  invitationRedemptionIdentityProviderConfiguration:
    primaryIdentityProviderPrecedenceOrder: [${redemption.primaryIdentityProviderPrecedenceOrder.join(", ")}]
    fallbackIdentityProvider: ${redemption.fallbackIdentityProvider}

# Organizations with their own settings. A property left out (or null) inherits the default above.
# partners:
#   - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234
#     name: Fabrikam
#     inboundTrust:
#       isMfaAccepted: true

# Partner files (minimatch globs, relative to this file):
# include:
#   - partners/*.xtap.yaml
`;
}
function starterConfig() {
  return `# xtap-lint configuration. Found upwards from the working directory; \`--config <file>\` names another.
# Print the configuration in effect: npx xtap-lint --print-config

# recommended (the default) | strict (adds posture rules) | all
preset: recommended

# Severities by rule id: error | warning | info | off (list the rules: npx xtap-lint rules)
# rules:
#   partner-redundant: off

# Which declaration files (*.xtap.yaml) to lint: minimatch globs relative to the repository root.
# files:
#   - "**/*.xtap.yaml"
# ignore:
#   - archive/**

# Rules for some files only.
# overrides:
#   - files: [partners/legacy/*.xtap.yaml]
#     rules:
#       rms-outbound: off
`;
}
async function initCommand(args, io) {
  const { values } = parseCommandArgs(
    "init",
    args,
    {
      "tenant-id": { type: "string" },
      name: { type: "string" },
      license: { type: "string" },
      file: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    { positionals: false }
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const tenantId = values["tenant-id"] ?? PLACEHOLDER_TENANT_ID;
  if (!GUID.test(tenantId)) throw new CliError(`--tenant-id must be a GUID (8-4-4-4-12 hexadecimal digits), got "${tenantId}"`);
  const license = values.license ?? "p1";
  if (!["free", "p1", "p2"].includes(license)) throw new CliError(`--license must be one of free, p1, p2; got "${license}"`);
  const name = values.name ?? "Contoso";
  const file = values.file ?? "tenant.xtap.yaml";
  if (!/\.xtap\.ya?ml$/.test(file)) throw new CliError(`--file must end in .xtap.yaml or .xtap.yml, got "${file}"`);
  const planned = [
    [(0, import_node_path8.resolve)(io.cwd, file), starterTenant({ tenantId, name, license })],
    [(0, import_node_path8.resolve)(io.cwd, ".xtap-lint.yaml"), starterConfig()]
  ];
  const shown = (p) => (0, import_node_path8.relative)(io.cwd, p) || p;
  const written = [];
  for (const [path2, text] of planned) {
    if ((0, import_node_fs8.existsSync)(path2)) {
      io.stdout(`  kept     ${shown(path2)} (it exists; not overwritten)
`);
      continue;
    }
    try {
      (0, import_node_fs8.mkdirSync)((0, import_node_path8.dirname)(path2), { recursive: true });
      (0, import_node_fs8.writeFileSync)(path2, text, { encoding: "utf8", flag: "wx" });
    } catch (err) {
      throw new CliError(`cannot write ${shown(path2)}: ${err.message}`);
    }
    written.push(shown(path2));
    io.stdout(`  created  ${shown(path2)}
`);
  }
  if (written.length === 0) {
    io.stdout("\nNothing to do: the files exist and were kept (init never overwrites a file; delete one to write it again).\nLint: npx xtap-lint\n");
    return 0;
  }
  const steps = [
    tenantId === PLACEHOLDER_TENANT_ID ? `Put your tenant ID in ${file} (tenant.id).` : void 0,
    `Change the settings in ${file} to what your tenant has (or import them: xtap-lint import).`,
    "Lint: npx xtap-lint",
    "Commit the files, and add the pre-commit hook or the GitHub Action (https://github.com/xtap-lint/xtap-lint/blob/main/docs/local-workflow.md)."
  ].filter((s) => s !== void 0);
  io.stdout(`
Next steps:
${steps.map((s, i) => `  ${i + 1}. ${s}`).join("\n")}
`);
  return 0;
}

// src/cli/commands/diff.ts
var import_node_fs9 = require("node:fs");
var import_node_path9 = require("node:path");

// src/intel/describe.ts
var compareStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var KEYWORD_WORDS = /* @__PURE__ */ new Map([
  ["AllUsers", "all users"],
  ["AllApplications", "all applications"],
  ["AllMicrosoftApps", "all Microsoft apps"],
  ["Office365", "Office 365 apps"]
]);
function describeTarget(t) {
  const kw = KEYWORD_WORDS.get(t.id);
  if (kw) return kw;
  const app = knownApp(t.id);
  if (app) return `${app.name} (${app.id})`;
  const type = t.type === "user" || t.type === "group" ? `${t.type} ` : t.type === "application" ? "app " : "";
  return t.label ? `${type}${t.label} (${t.id})` : `${type}${t.id}`;
}
function targetLabel(t) {
  return t.decl?.label ?? knownApp(t.id)?.name;
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

// src/resolve/access-delta.ts
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

// src/intel/diff.ts
var B2B_KIND = {
  b2bCollaborationInbound: { kind: "b2bCollaboration", direction: "inbound" },
  b2bCollaborationOutbound: { kind: "b2bCollaboration", direction: "outbound" },
  b2bDirectConnectInbound: { kind: "b2bDirectConnect", direction: "inbound" },
  b2bDirectConnectOutbound: { kind: "b2bDirectConnect", direction: "outbound" },
  tenantRestrictions: { kind: "tenantRestrictions", direction: null }
};
var TRUST_WORDS = {
  isMfaAccepted: "MFA claims",
  isCompliantDeviceAccepted: "compliant-device claims",
  isHybridAzureADJoinedDeviceAccepted: "hybrid Azure AD joined-device claims"
};
var CONSENT = {
  inboundAllowed: { direction: "inbound", words: "automatic redemption (inbound)" },
  outboundAllowed: { direction: "outbound", words: "automatic redemption (outbound)" }
};
var OPAQUE = {
  m365CollaborationInbound: { kind: "m365Collaboration", direction: "inbound" },
  m365CollaborationOutbound: { kind: "m365Collaboration", direction: "outbound" },
  appServiceConnectInbound: { kind: "appServiceConnect", direction: "inbound" }
};
var SETTING_ORDER = [
  "partner",
  "cloud",
  ...B2B_SETTINGS,
  ...TRUST_MEMBERS.map((m) => `inboundTrust.${m}`),
  ...CONSENT_MEMBERS.map((m) => `automaticUserConsentSettings.${m}`),
  "identitySynchronization.userSyncInbound.isSyncAllowed",
  "identitySynchronization.groupSyncInbound.isSyncAllowed",
  "blockServiceProviderOutboundAccess",
  ...OPAQUE_SETTINGS,
  "invitationRedemptionIdentityProviderConfiguration",
  "crossTenantAccessPolicy.allowedCloudEndpoints"
];
function listValue(list2) {
  return {
    accessType: list2.accessType,
    targets: sortedTargets(list2).map((t) => {
      const v = { target: t.id, targetType: t.type ?? null };
      const label = targetLabel(t);
      if (label) v.label = label;
      return v;
    })
  };
}
function accessValue(s) {
  return { usersAndGroups: listValue(s.usersAndGroups), applications: listValue(s.applications), level: s.level, text: describeAccess(s) };
}
function targetsById(...lists) {
  const out = /* @__PURE__ */ new Map();
  for (const list2 of lists) for (const t of list2.targets) if (!out.has(normalizeTarget(t.id))) out.set(normalizeTarget(t.id), t);
  return out;
}
function namesOf(targets, ids, joiner) {
  return ids.map((id) => {
    const t = targets.get(id);
    return describeTarget({ id, type: t?.type, label: t ? targetLabel(t) : void 0 });
  }).join(joiner);
}
function usersInWords(users, targets) {
  const isUser = (id) => targets.get(id)?.type === "user";
  const noneGroups = users.notMemberOf.filter((id) => !isUser(id));
  const noneUsers = users.notMemberOf.filter(isUser);
  const groups = noneGroups.length ? namesOf(targets, noneGroups, " and ") : "";
  const people = noneUsers.length ? namesOf(targets, noneUsers, " and ") : "";
  if (users.memberOf.length === 0) {
    if (groups && people) return `users outside ${groups}, other than ${people},`;
    if (groups) return `users outside ${groups}`;
    if (people) return `users other than ${people}`;
    return "all users";
  }
  const [first, ...rest] = users.memberOf.map((ids) => namesOf(targets, ids, users.memberOf.length > 1 ? " or " : " and "));
  const who = rest.length ? `users in ${first} who are also in ${rest.join(" and in ")}` : first;
  const conditions = [people ? `other than ${people}` : "", groups ? `unless in ${groups}` : ""].filter(Boolean);
  return conditions.length ? `${who}, ${conditions.join(" and ")},` : who;
}
var GROUP_WORDS = {
  office365: "Office 365 apps",
  microsoft: "Microsoft apps outside Office 365",
  other: "non-Microsoft applications",
  "office365,microsoft": "all Microsoft apps",
  "microsoft,other": "applications outside Office 365",
  "office365,microsoft,other": "all applications",
  "office365,other": "Office 365 apps and non-Microsoft applications"
};
function appsInWords(apps, targets) {
  const plus = apps.plus.length ? namesOf(targets, apps.plus, ", ") : "";
  if (apps.groups.length === 0) return plus;
  const group = GROUP_WORDS[apps.groups.join(",")] ?? apps.groups.join(", ");
  const except = apps.except.length ? ` except ${namesOf(targets, apps.except, ", ")}` : "";
  return `${plus ? `${plus} and ` : ""}${group}${except}`;
}
function gainedLost(before, after) {
  const delta = accessDelta(before, after);
  const targets = targetsById(after.usersAndGroups, before.usersAndGroups, after.applications, before.applications);
  const words2 = (list2, verb) => list2.map((st) => `${usersInWords(st.users, targets)} ${verb} access to ${appsInWords(st.apps, targets)}`).join("; ");
  const out = {};
  if (delta.gained.length) out.gained = words2(delta.gained, "gained");
  if (delta.lost.length) out.lost = words2(delta.lost, "lost");
  return out;
}
function levelNote(level, isPartner) {
  if (level === "service") return ", Microsoft's service default";
  if (level === "default" && isPartner) return ", inherited from the default";
  return "";
}
var onOff = (v, yes, no) => v ? yes : no;
function filesOf(...sides) {
  const out = /* @__PURE__ */ new Set();
  for (const s of sides) if (s) out.add((s.partner ?? s.tenant).file.path);
  return [...out].sort(compareStrings);
}
function settingChanges(ctx, b, a) {
  const out = [];
  const isPartner = ctx.partner !== null;
  const base = (kind, direction, setting) => ({
    tenant: ctx.tenant,
    partner: ctx.partner,
    direction,
    kind,
    setting,
    files: ctx.files
  });
  for (const name of B2B_SETTINGS) {
    const sb = b.b2b[name];
    const sa = a.b2b[name];
    if (sameList(sb.usersAndGroups, sa.usersAndGroups) && sameList(sb.applications, sa.applications)) continue;
    const { kind, direction } = B2B_KIND[name];
    const words2 = name === "tenantRestrictions" ? "tenant restrictions" : `${direction} ${kind === "b2bCollaboration" ? "B2B collaboration" : "B2B direct connect"}`;
    const change = {
      ...base(kind, direction, name),
      before: accessValue(sb),
      after: accessValue(sa),
      summary: `${ctx.who}: ${words2}: ${describeAccess(sa)}${sa.level !== sb.level ? levelNote(sa.level, isPartner) : ""} (was: ${describeAccess(sb)})`,
      ...gainedLost(sb, sa)
    };
    out.push(change);
  }
  const bools = (setting, kind, direction, vb, va, words2, yes, no) => {
    if (vb.value === va.value) return;
    out.push({
      ...base(kind, direction, setting),
      before: vb.value,
      after: va.value,
      summary: `${ctx.who}: ${words2}: ${onOff(va.value, yes, no)}${va.level !== vb.level ? levelNote(va.level, isPartner) : ""} (was: ${onOff(vb.value, yes, no)})`
    });
  };
  for (const m of TRUST_MEMBERS) bools(`inboundTrust.${m}`, "trust", "inbound", b.inboundTrust[m], a.inboundTrust[m], `inbound trust of ${TRUST_WORDS[m]}`, "trusted", "not trusted");
  for (const m of CONSENT_MEMBERS) {
    const c = CONSENT[m];
    bools(`automaticUserConsentSettings.${m}`, "automaticRedemption", c.direction, b.automaticUserConsentSettings[m], a.automaticUserConsentSettings[m], c.words, "on", "off");
  }
  bools(
    "blockServiceProviderOutboundAccess",
    "serviceProviderAccess",
    "outbound",
    b.blockServiceProviderOutboundAccess,
    a.blockServiceProviderOutboundAccess,
    "service provider (GDAP) outbound access",
    "blocked",
    "not blocked"
  );
  for (const name of OPAQUE_SETTINGS) {
    const ob = b.opaque[name];
    const oa = a.opaque[name];
    if (sameJson(ob.value, oa.value)) continue;
    const text = (v) => v === null || v === void 0 ? "not configured" : canonicalJson(v);
    out.push({
      ...base(OPAQUE[name].kind, OPAQUE[name].direction, name),
      before: { json: ob.value ?? null },
      after: { json: oa.value ?? null },
      summary: `${ctx.who}: ${name}: ${text(oa.value)} (was: ${text(ob.value)})`
    });
  }
  return out;
}
function syncChanges(ctx, b, a) {
  const out = [];
  const members = [
    ["userSyncInbound", "userSyncAllowed", "user synchronization from this partner"],
    ["groupSyncInbound", "groupSyncAllowed", "group synchronization from this partner"]
  ];
  for (const [graph, field, words2] of members) {
    const vb = b?.identitySynchronization?.[field]?.value === true;
    const va = a?.identitySynchronization?.[field]?.value === true;
    if (vb === va) continue;
    out.push({
      tenant: ctx.tenant,
      partner: ctx.partner,
      direction: "inbound",
      kind: "identitySynchronization",
      setting: `identitySynchronization.${graph}.isSyncAllowed`,
      before: vb,
      after: va,
      summary: `${ctx.who}: ${words2}: ${va ? "allowed" : "not allowed"} (was: ${vb ? "allowed" : "not allowed"})`,
      files: ctx.files
    });
  }
  return out;
}
function sameSetting2(setting, x, y) {
  if (B2B_SETTINGS.includes(setting)) {
    const n = setting;
    return sameList(x.b2b[n].usersAndGroups, y.b2b[n].usersAndGroups) && sameList(x.b2b[n].applications, y.b2b[n].applications);
  }
  const [head, member] = setting.split(".");
  if (head === "inboundTrust") return x.inboundTrust[member].value === y.inboundTrust[member].value;
  if (head === "automaticUserConsentSettings") {
    return x.automaticUserConsentSettings[member].value === y.automaticUserConsentSettings[member].value;
  }
  if (head === "blockServiceProviderOutboundAccess") return x.blockServiceProviderOutboundAccess.value === y.blockServiceProviderOutboundAccess.value;
  if (OPAQUE_SETTINGS.includes(head)) return sameJson(x.opaque[head].value, y.opaque[head].value);
  return false;
}
var firstTenant = (m, id) => m.tenantsById.get(id)?.[0];
var firstPartner = (t, id) => t.partnersById.get(id)?.[0];
function tenantParty(b, a) {
  const t = a ?? b;
  return { id: t.id, name: a?.name ?? b?.name ?? null };
}
function diffTenant(b, a) {
  const tenant = tenantParty(b, a);
  const out = [];
  const defCtx = { tenant, partner: null, who: "Default (every tenant not listed)", files: filesOf({ tenant: b, eff: b.defaults }, { tenant: a, eff: a.defaults }) };
  const defaultChanges = settingChanges(defCtx, b.defaults, a.defaults);
  out.push(...defaultChanges);
  const rb = b.redemption;
  const ra = a.redemption;
  if (rb.primary.join(",") !== ra.primary.join(",") || rb.fallback !== ra.fallback) {
    const text = (r) => `${r.primary.join(", ")}; fallback ${r.fallback}`;
    out.push({
      tenant,
      partner: null,
      direction: "inbound",
      kind: "invitationRedemption",
      setting: "invitationRedemptionIdentityProviderConfiguration",
      before: [...rb.primary, rb.fallback],
      after: [...ra.primary, ra.fallback],
      summary: `${defCtx.who}: invitation redemption identity providers: ${text(ra)} (was: ${text(rb)})`,
      files: defCtx.files
    });
  }
  const endpoints = (t) => [...new Set(t.allowedCloudEndpoints.map((e) => e.value))].sort(compareStrings);
  const eb = endpoints(b);
  const ea = endpoints(a);
  if (eb.join(",") !== ea.join(",")) {
    const text = (v) => v.length ? v.join(", ") : "none";
    out.push({
      tenant,
      partner: null,
      direction: null,
      kind: "cloud",
      setting: "crossTenantAccessPolicy.allowedCloudEndpoints",
      before: eb,
      after: ea,
      summary: `${partyLabel({ id: tenant.id, name: tenant.name ?? void 0 })}: allowed cloud endpoints: ${text(ea)} (was: ${text(eb)})`,
      files: defCtx.files
    });
  }
  const ids = /* @__PURE__ */ new Set([...b.partnersById.keys(), ...a.partnersById.keys()]);
  const inherited = /* @__PURE__ */ new Map();
  for (const id of [...ids].sort(compareStrings)) {
    const pb = firstPartner(b, id);
    const pa = firstPartner(a, id);
    const partner = { id, name: pa?.name ?? pb?.name ?? null };
    const who = `${partyLabel({ id, name: partner.name ?? void 0 })}`;
    const sb = pb ? { tenant: b, partner: pb, eff: pb.effective } : { tenant: b, eff: b.defaults };
    const sa = pa ? { tenant: a, partner: pa, eff: pa.effective } : { tenant: a, eff: a.defaults };
    const ctx = { tenant, partner, who, files: filesOf(sb, sa) };
    if (!pb || !pa) {
      const added = !pb;
      const file = pa ?? pb;
      out.push({
        tenant,
        partner,
        direction: null,
        kind: "partner",
        setting: null,
        before: added ? "default" : "partner",
        after: added ? "partner" : "default",
        summary: added ? `${who}: partner added in ${file.file.path}; its own settings replace the default's` : `${who}: partner removed; it reverts to the default, it is not blocked`,
        files: ctx.files
      });
    } else if (pb.cloud !== pa.cloud) {
      out.push({
        tenant,
        partner,
        direction: null,
        kind: "cloud",
        setting: "cloud",
        before: pb.cloud,
        after: pa.cloud,
        summary: `${who}: cloud: ${pa.cloud} (${CLOUD_ENDPOINT[pa.cloud]}) (was: ${pb.cloud} (${CLOUD_ENDPOINT[pb.cloud]}))`,
        files: ctx.files
      });
    }
    for (const c of settingChanges(ctx, sb.eff, sa.eff)) {
      const shared = c.setting ? defaultChanges.find((d) => d.setting === c.setting && sameSetting2(c.setting, sb.eff, b.defaults) && sameSetting2(c.setting, sa.eff, a.defaults)) : void 0;
      if (shared) {
        const list2 = inherited.get(shared) ?? [];
        list2.push(partner);
        inherited.set(shared, list2);
      } else out.push(c);
    }
    out.push(...syncChanges(ctx, pb, pa));
  }
  for (const [c, parties] of inherited) c.inheritedBy = [...parties].sort((x, y) => compareStrings(partyKey(x), partyKey(y)));
  return out;
}
function wholeTenant(t, added) {
  const n = t.partners.length;
  return {
    tenant: { id: t.id, name: t.name ?? null },
    partner: null,
    direction: null,
    kind: "tenant",
    setting: null,
    before: added ? null : "declared",
    after: added ? "declared" : null,
    summary: `${partyLabel(t)}: tenant ${added ? `added in ${t.file.path}` : "removed from the declarations"} (${n} partner${n === 1 ? "" : "s"})`,
    files: [t.file.path, ...t.includedFiles.map((f) => f.path)].sort(compareStrings)
  };
}
function partyKey(p) {
  return p === null ? "" : `${(p.name ?? "").toLowerCase()}\0${p.id}`;
}
function orderOf(c) {
  const i = SETTING_ORDER.indexOf(c.kind === "partner" || c.kind === "tenant" ? "partner" : c.setting ?? "");
  return i === -1 ? SETTING_ORDER.length : i;
}
function compareChanges(x, y) {
  return compareStrings(partyKey(x.tenant), partyKey(y.tenant)) || compareStrings(partyKey(x.partner), partyKey(y.partner)) || orderOf(x) - orderOf(y) || compareStrings(x.setting ?? "", y.setting ?? "") || compareStrings(x.summary, y.summary);
}
function diffModels(base, head) {
  const out = [];
  const ids = /* @__PURE__ */ new Set([...base.tenantsById.keys(), ...head.tenantsById.keys()]);
  for (const id of ids) {
    const b = firstTenant(base, id);
    const a = firstTenant(head, id);
    if (b && a) out.push(...diffTenant(b, a));
    else if (a) out.push(wholeTenant(a, true));
    else if (b) out.push(wholeTenant(b, false));
  }
  return out.sort(compareChanges);
}
function filterChanges(changes, select) {
  return changes.filter((c) => c.files.some(select));
}
function publicChange(c) {
  const { files: _files, ...rest } = c;
  void _files;
  return rest;
}
function renderDiffJson(changes, header) {
  return JSON.stringify({ ...header, changes: changes.map(publicChange) }, null, 2) + "\n";
}
function renderDiffMarkdown(changes, opts) {
  const h = "#".repeat(opts.headingLevel ?? 2);
  const lines = [`${h} Cross-tenant access changes: ${opts.before} → ${opts.after}`, ""];
  if (changes.length === 0) {
    lines.push("No change in effective cross-tenant access.", "");
    return lines.join("\n");
  }
  lines.push(`${changes.length} change${changes.length === 1 ? "" : "s"} in effective access.`, "");
  let tenantKey = "";
  for (const c of changes) {
    const key = c.tenant.id;
    if (key !== tenantKey) {
      if (tenantKey !== "") lines.push("");
      tenantKey = key;
      const id = isGuid(c.tenant.id) ? `\`${c.tenant.id}\`` : inertMarkdown(c.tenant.id);
      lines.push(`${h}# ${c.tenant.name ? `${inertMarkdown(c.tenant.name)} (${id})` : id}`, "");
    }
    const tag = [c.direction, c.kind].filter(Boolean).join(" · ");
    lines.push(`- ${inertMarkdown(c.summary)} _(${tag})_`);
    if (c.gained) lines.push(`  - gained: ${inertMarkdown(c.gained)}`);
    if (c.lost) lines.push(`  - lost: ${inertMarkdown(c.lost)}`);
    if (c.inheritedBy?.length) {
      const shown = c.inheritedBy.slice(0, 10).map((p) => inertMarkdown(partyLabel({ id: p.id, name: p.name ?? void 0 })));
      const more = c.inheritedBy.length > 10 ? `, and ${c.inheritedBy.length - 10} more` : "";
      lines.push(`  - inherited by ${c.inheritedBy.length} partner${c.inheritedBy.length === 1 ? "" : "s"}: ${shown.join(", ")}${more}`);
    }
  }
  lines.push("");
  return lines.join("\n");
}

// src/cli/commands/diff.ts
var DIFF_HELP = `Usage: xtap-lint diff (--base <git-ref> | --against <dir>) [paths...] [options]

Print the semantic diff of effective cross-tenant access: per tenant and partner, per direction and kind,
who gained or lost access to which apps, trust, sync and automatic redemption changes, partners added or
removed (with what the removal reverts to). Moving partners between files, renaming files and reordering
YAML change nothing. Gained and lost compare access (who may use what), not the text of the lists:
narrowing AllApplications to Office365 loses the apps outside Office 365 and gains nothing.

Options:
      --base <git-ref>      compare the declarations at this revision (read from git, no checkout)
                            with the working tree
      --against <dir>       compare a folder of declarations (e.g. what \`xtap-lint import\` wrote from the
                            live tenant) with the repository: the drift between them
  -f, --format <name>       markdown (default) or json
  -c, --config <file>       configuration file (its files/ignore choose the declarations)
  -h, --help                show this help

[paths...] limit the output to changes declared in those files or folders.
Exit codes: 0 the diff was printed (with or without changes), 2 bad usage or an unreadable revision.
`;
function parse2(args) {
  return parseCommandArgs("diff", args, {
    base: { type: "string" },
    against: { type: "string" },
    format: { type: "string", short: "f" },
    config: { type: "string", short: "c" },
    help: { type: "boolean", short: "h" }
  });
}
function readTree(root2, config, skip) {
  return readDeclarations(root2, listDeclarations(root2, config).filter((p) => !skip || !(p + "/").startsWith(skip)), config);
}
function notes(io, side2, reports) {
  const seen = /* @__PURE__ */ new Set();
  for (const r of reports) {
    if (r.ruleId !== "syntax" || seen.has(r.at.file.path)) continue;
    seen.add(r.at.file.path);
    io.stderr(`note: ${side2} ${visible(r.at.file.path)} cannot be read (run xtap-lint on it); its declarations are left out of the diff
`);
  }
}
async function diffCommand(args, io) {
  const { values, positionals } = parse2(args);
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format2 = values.format ?? "markdown";
  if (format2 !== "markdown" && format2 !== "json") throw new CliError(`unknown format "${format2}" for diff (one of markdown, json)`);
  if (values.base !== void 0 && values.against !== void 0) throw new CliError("give either --base <git-ref> or --against <dir>, not both");
  if (values.base === void 0 && values.against === void 0) throw new CliError("diff needs --base <git-ref> or --against <dir> (see xtap-lint diff --help)");
  const { root: root2, config, select } = openRepository(io, values, positionals);
  let beforeInputs;
  let afterInputs;
  if (values.base !== void 0) {
    if (values.base === "" || values.base.startsWith("-")) throw new CliError(`--base expects a git revision, got "${values.base}"`);
    try {
      beforeInputs = readFilesAtRevision(root2, values.base, (p) => configSelects(config, p));
    } catch (err) {
      if (err instanceof GitError) throw new CliError(`cannot read the base revision ${values.base}: ${err.message}`);
      throw err;
    }
    afterInputs = readTree(root2, config);
  } else {
    const dir = (0, import_node_path9.resolve)(io.cwd, values.against);
    if (!(0, import_node_fs9.existsSync)(dir) || !(0, import_node_fs9.statSync)(dir).isDirectory()) throw new CliError(`--against: no such directory: ${values.against}`);
    beforeInputs = readTree(dir, defaultConfig());
    const inside = toRepoPath(root2, dir);
    const skip = inside === "" || outsideRepo(inside) ? void 0 : inside + "/";
    if (inside === "") throw new CliError("--against must name a folder other than the repository root");
    afterInputs = readTree(root2, config, skip);
  }
  const sideName = values.base !== void 0 ? `${values.base}:` : `${values.against}:`;
  const before = buildModel(beforeInputs, config.limits);
  const after = buildModel(afterInputs, config.limits);
  notes(io, sideName, before.reports);
  notes(io, values.base !== void 0 ? "working tree:" : "repository:", after.reports);
  let changes = diffModels(before.model, after.model);
  if (select) changes = filterChanges(changes, select);
  if (format2 === "json") {
    io.stdout(renderDiffJson(changes, values.base !== void 0 ? { base: values.base } : { against: values.against }));
  } else {
    const shown = values.against !== void 0 ? (0, import_node_path9.relative)(io.cwd, (0, import_node_path9.resolve)(io.cwd, values.against)).split(import_node_path9.sep).join("/") || "." : "";
    io.stdout(
      renderDiffMarkdown(
        changes,
        values.base !== void 0 ? { before: `\`${values.base}\``, after: "the working tree" } : { before: `\`${shown}\``, after: "the repository" }
      )
    );
  }
  return 0;
}

// src/intel/explain.ts
var ExplainError = class extends Error {
};
var APP_ALIASES = [
  // Outlook (on the web, and the mail of the Office apps) is served by Exchange Online.
  ["exchangeOnline", ["Exchange", "Outlook"]],
  // "the first-party instance of OneDrive and SharePoint" (reference/graph-model.md §11).
  ["sharePointOnline", ["SharePoint", "OneDrive", "OneDrive for Business"]],
  ["vivaEngage", ["Viva Engage", "Yammer"]],
  ["rightsManagement", ["RMS"]],
  ["skypeForBusiness", ["Skype for Business"]],
  ["azurePortal", ["Microsoft Entra admin center", "Entra admin center"]],
  ["learn", ["Microsoft Docs"]]
];
function shortAppName(name) {
  return name.replace(/^Microsoft (?![0-9])/, "").replace(/^Office 365 (?=.* Online$)/, "");
}
function nameKey(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function appNames() {
  const byKey = /* @__PURE__ */ new Map();
  const add = (name, id) => {
    const k = nameKey(name);
    if (k === "") return;
    const seen = byKey.get(k);
    if (seen === void 0) byKey.set(k, { name, id });
    else if (seen !== null && seen.id !== id) byKey.set(k, null);
  };
  for (const app of Object.values(APPS)) {
    add(app.name, app.id);
    const short = shortAppName(app.name);
    if (short !== app.name) add(short, app.id);
  }
  for (const [key, aliases] of APP_ALIASES) for (const alias of aliases) add(alias, APPS[key].id);
  return [...byKey.values()].filter((a) => a !== null);
}
function resolveApp(key) {
  if (isGuid(key)) return key.toLowerCase();
  const names3 = appNames();
  const k = nameKey(key);
  const found = names3.find((a) => nameKey(a.name) === k);
  if (found) return found.id;
  const close = suggest(k, names3.map((a) => nameKey(a.name)));
  const guess = close === void 0 ? void 0 : names3.find((a) => nameKey(a.name) === close);
  const known = [...new Set(Object.values(APPS).map((a) => shortAppName(a.name)))].join(", ");
  throw new ExplainError(
    `--app "${key}" is neither an application ID (GUID) nor an app xtap-lint knows${guess ? `: did you mean "${guess.name}"?` : "."} Known apps: ${known}`
  );
}
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
function explainSide(tenant, other, name, q) {
  const applied = effectiveFor(tenant, other.id);
  const setting = applied.settings.b2b[name];
  const u = setting.usersAndGroups;
  const a = setting.applications;
  const subject = { ...q.user ? { user: q.user } : {}, groups: [...q.groups ?? []] };
  const subjectGiven = Boolean(q.user) || (q.groups?.length ?? 0) > 0;
  const ids = new Set([q.user ?? "", ...q.groups ?? []].filter(Boolean).map(normalizeTarget));
  let inU = null;
  let userMatches = [];
  if (subjectGiven) {
    inU = subjectInList(u, subject);
    userMatches = u.targets.filter((t) => t.id === "AllUsers" || ids.has(t.id)).map((t) => ({ target: describeTarget({ id: t.id, type: t.type, label: t.decl?.label }), at: matchAt(t.decl?.target.loc) }));
  }
  let inA = null;
  let appMatches = [];
  if (q.app) {
    inA = appInList(a, q.app);
    const app = normalizeTarget(q.app);
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
    result: verdict(outcomes)
  };
}
function explainAccess(model, q) {
  const tenant = findTenant(model, q.tenant);
  const partner = findPartner(model, tenant, q.partner);
  if (partner.id === tenant.id) throw new ExplainError(`the partner is ${tenant.label} itself: cross-tenant access settings apply between two tenants`);
  const name = settingName(q.kind, q.direction);
  const sides = [explainSide(tenant, partner, name, q)];
  const notes2 = [];
  const otherTenant = declaredTenant(model, partner.id);
  const otherName = settingName(q.kind, q.direction === "inbound" ? "outbound" : "inbound");
  if (otherTenant) sides.push(explainSide(otherTenant, partyOf(tenant), otherName, q));
  else {
    notes2.push(
      `${partyLabel({ id: partner.id, name: partner.name ?? void 0 })} is not declared in this repository: its own ${SETTING_LABEL[otherName]} settings also apply and are not checked here.`
    );
  }
  const results = sides.map((s) => s.result);
  const result = results.includes("blocked") ? "blocked" : results.every((r) => r === "allowed") ? "allowed" : "depends";
  const home = q.direction === "inbound" ? partner : partyOf(tenant);
  const resource = q.direction === "inbound" ? partyOf(tenant) : partner;
  return {
    tenant: partyOf(tenant),
    partner,
    direction: q.direction,
    kind: q.kind,
    home,
    resource,
    user: q.user ? normalizeTarget(q.user) : null,
    groups: (q.groups ?? []).map(normalizeTarget),
    app: q.app ? normalizeTarget(q.app) : null,
    result,
    sides,
    notes: notes2
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
function renderExplanation(e) {
  const who = e.user ? `user ${e.user}` : e.groups.length ? "a user" : "any user";
  const groups = e.groups.length ? ` in group${e.groups.length === 1 ? "" : "s"} ${e.groups.join(", ")}` : "";
  const app = e.app ? describeTarget({ id: e.app, type: "application" }) : "any app";
  const lines = [];
  lines.push(`${kindWords(e.kind)}, ${e.direction}: ${who}${groups} from ${partyLabel({ id: e.home.id, name: e.home.name ?? void 0 })}`);
  lines.push(`  using ${app} in ${partyLabel({ id: e.resource.id, name: e.resource.name ?? void 0 })}`);
  lines.push("");
  lines.push(`Result: ${e.result.toUpperCase()}${e.result === "depends" ? " (on the user or app: see the table rows below)" : ""}`);
  e.sides.forEach((s, i) => {
    lines.push("");
    const tenant = partyLabel({ id: s.tenant.id, name: s.tenant.name ?? void 0 });
    const partner = partyLabel({ id: s.partner.id, name: s.partner.name ?? void 0 });
    lines.push(`${i + 1}. ${tenant}, ${SETTING_LABEL[s.setting]} (${s.setting}) for ${partner}: ${s.result}`);
    lines.push(`   ${s.listed ? `${partner} is a partner` : `${partner} is not a partner: the default applies`}; the setting: ${LEVEL_TEXT[s.level]}, ${s.at}`);
    lines.push(`   in effect: ${s.access}`);
    lines.push(`   usersAndGroups (U): ${s.usersAndGroups.accessType}: ${s.usersAndGroups.targets} — ${LEVEL_TEXT[s.usersAndGroups.level]}, ${s.usersAndGroups.at}`);
    lines.push(`     ${memberText(s.usersAndGroups, "user", s.usersAndGroups.matched)}`);
    lines.push(`   applications (A): ${s.applications.accessType}: ${s.applications.targets} — ${LEVEL_TEXT[s.applications.level]}, ${s.applications.at}`);
    lines.push(`     ${memberText(s.applications, "app", s.applications.matched)}`);
    lines.push(`   access table row ${s.row.row} (users ${s.row.users}, applications ${s.row.applications}): access iff ${s.row.condition}`);
    for (const o of s.outcomes) {
      lines.push(`     u ${o.inUsers ? "∈" : "∉"} U, a ${o.inApplications ? "∈" : "∉"} A → ${o.allowed ? "allowed" : "blocked"}`);
    }
  });
  for (const n of e.notes) {
    lines.push("");
    lines.push(`Note: ${n}`);
  }
  lines.push("");
  return lines.join("\n");
}

// src/cli/commands/explain.ts
var EXPLAIN_HELP = `Usage: xtap-lint explain [--tenant <id|name>] --partner <id|name>
         --direction inbound|outbound --kind b2bCollaboration|b2bDirectConnect
         [--user <id>] [--group <id>]... [--app <id|name>]

Say whether a user may use an app across two tenants, and which settings
decided it: each with its level (partner, default, Microsoft's service
default) and file:line, and the row of the access table that applied.
Inbound: the partner's users use the tenant's apps. Outbound: the tenant's
users use the partner's apps. When the repository also declares the partner,
its side is explained too.

Options:
      --tenant <id|name>   a tenant declared in the repository (may be left
                           out when the repository declares one)
      --partner <id|name>  the other organization (a partner, a declared
                           tenant, or any tenant ID)
      --direction <d>      inbound or outbound
      --kind <k>           b2bCollaboration or b2bDirectConnect
      --user <id>          the user's object ID (omit: every user)
      --group <id>         a group the user is in; repeatable
      --app <id|name>      the application's ID, or a Microsoft app's name:
                           Teams, Exchange Online, Outlook, SharePoint Online,
                           OneDrive, My Sign-ins, … (omit: every app)
  -f, --format <name>      text (default) or json
  -c, --config <file>      configuration file (its files/ignore choose the
                           declarations)
  -h, --help               show this help
`;
function parse3(args) {
  return parseCommandArgs(
    "explain",
    args,
    {
      tenant: { type: "string" },
      partner: { type: "string" },
      direction: { type: "string" },
      kind: { type: "string" },
      user: { type: "string" },
      group: { type: "string", multiple: true },
      app: { type: "string" },
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" }
    },
    { positionals: false }
  ).values;
}
async function explainCommand(args, io) {
  const v = parse3(args);
  if (v.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  for (const key of ["partner", "direction", "kind"]) {
    if (!v[key]) throw new CliError(`explain needs --${key} (see xtap-lint explain --help)`);
  }
  if (v.direction !== "inbound" && v.direction !== "outbound") throw new CliError(`--direction must be inbound or outbound, got "${v.direction}"`);
  if (v.kind !== "b2bCollaboration" && v.kind !== "b2bDirectConnect") throw new CliError(`--kind must be b2bCollaboration or b2bDirectConnect, got "${v.kind}"`);
  const format2 = v.format ?? "text";
  if (format2 !== "text" && format2 !== "json") throw new CliError(`unknown format "${format2}" for explain (one of text, json)`);
  if (v.user !== void 0 && !isGuid(v.user)) throw new CliError(`--user expects a user's object ID (GUID), got "${v.user}"`);
  for (const g of v.group ?? []) if (!isGuid(g)) throw new CliError(`--group expects a group's object ID (GUID), got "${g}"`);
  const { root: root2, config, paths } = openRepository(io, v, []);
  const inputs = readDeclarations(root2, paths, config);
  const { model } = buildModel(inputs, config.limits);
  const query = {
    partner: v.partner,
    direction: v.direction,
    kind: v.kind,
    groups: v.group ?? []
  };
  if (v.tenant !== void 0) query.tenant = v.tenant;
  if (v.user) query.user = v.user;
  let explanation;
  try {
    if (v.app !== void 0) query.app = resolveApp(v.app);
    explanation = explainAccess(model, query);
  } catch (err) {
    if (err instanceof ExplainError) throw new CliError(err.message);
    throw err;
  }
  io.stdout(format2 === "json" ? JSON.stringify(explanation, null, 2) + "\n" : renderExplanation(explanation));
  return 0;
}

// src/intel/graph.ts
var EDGE_KINDS = ["b2bCollaboration", "b2bDirectConnect", "automaticRedemption", "mfaTrust", "deviceTrust", "identitySync"];
var KIND_WORDS = {
  b2bCollaboration: "B2B collaboration",
  b2bDirectConnect: "B2B direct connect",
  automaticRedemption: "automatic redemption",
  mfaTrust: "MFA trusted",
  deviceTrust: "device trusted",
  identitySync: "user sync"
};
var othersId = (tenantId) => `others:${tenantId}`;
function side(tenant, setting, allows, level, at) {
  return { tenant: tenant.id, setting, allows, level, file: at.file.path, at: where(at) };
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
var TWO_SIDED = /* @__PURE__ */ new Set(["b2bCollaboration", "b2bDirectConnect", "automaticRedemption"]);
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
  const pairs = /* @__PURE__ */ new Set();
  for (const t of tenants) {
    for (const id of t.partnersById.keys()) {
      if (id === t.id) continue;
      pairs.add(t.id < id ? `${t.id}|${id}` : `${id}|${t.id}`);
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
  for (const key of [...pairs].sort(compareStrings)) {
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
var TYPE_RANK = { tenant: 0, partner: 1, others: 2 };
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
function filterGraph(graph, model, select) {
  const edges = graph.edges.filter((e) => e.sides.some((s) => select(s.file)));
  const keep = /* @__PURE__ */ new Set();
  for (const e of edges) keep.add(e.from), keep.add(e.to);
  for (const t of model.tenants) if (select(t.file.path)) keep.add(t.id);
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}
function asGraph(input) {
  return "tenants" in input ? buildGraph(input) : input;
}
function mermaidId(id) {
  const others = id.startsWith("others:");
  const raw = others ? id.slice(7) : id;
  const safe = /^[0-9a-fA-F-]+$/.test(raw) ? raw.replace(/-/g, "") : `x_${raw.replace(/[^0-9A-Za-z]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
  return `${others ? "d" : "t"}_${safe}`;
}
function mermaidText(s) {
  return visible(s).replace(/#/g, "#35;").replace(/&/g, "#38;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/%/g, "#37;").replace(/`/g, "#96;");
}
function nodeText(n) {
  if (n.type === "others") return mermaidText(n.label);
  const cloud = n.cloud && n.cloud !== "commercial" ? ` · ${n.cloud}` : "";
  return n.name ? `${mermaidText(n.name)}<br/>${mermaidText(n.id)}${cloud}` : `${mermaidText(n.id)}${cloud}`;
}
function graphMermaid(input) {
  const graph = asGraph(input);
  const lines = ["flowchart LR"];
  for (const n of graph.nodes) {
    const id = mermaidId(n.id);
    const text = nodeText(n);
    if (n.type === "tenant") lines.push(`  ${id}["${text}"]`);
    else if (n.type === "partner") lines.push(`  ${id}("${text}")`);
    else lines.push(`  ${id}(["${text}"])`);
  }
  for (const e of graph.edges) {
    const arrow = e.oneSided ? "-.->" : e.bothWays ? "<-->" : "-->";
    lines.push(`  ${mermaidId(e.from)} ${arrow}|"${mermaidText(e.label)}"| ${mermaidId(e.to)}`);
  }
  const byType = (t) => graph.nodes.filter((n) => n.type === t).map((n) => mermaidId(n.id));
  lines.push("  classDef tenant stroke-width:2px");
  lines.push("  classDef partner stroke-dasharray:4 2");
  lines.push("  classDef others fill:#f4f4f4,stroke:#999");
  for (const t of ["tenant", "partner", "others"]) {
    const ids = byType(t);
    if (ids.length) lines.push(`  class ${ids.join(",")} ${t}`);
  }
  return lines.join("\n") + "\n";
}
function dotString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
function graphDot(input) {
  const graph = asGraph(input);
  const lines = ["digraph xtap {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const n of graph.nodes) {
    const cloud = n.cloud && n.cloud !== "commercial" ? ` · ${n.cloud}` : "";
    const label = n.type === "others" ? visible(n.label) : n.name ? `${visible(n.name)}
${visible(n.id)}${cloud}` : `${visible(n.id)}${cloud}`;
    const style = n.type === "tenant" ? "style=bold" : n.type === "partner" ? 'style="rounded,dashed"' : 'style="rounded,filled", fillcolor="#f4f4f4"';
    lines.push(`  ${dotString(visible(n.id))} [label=${dotString(label)}, ${style}];`);
  }
  for (const e of graph.edges) {
    const attrs = [`label=${dotString(e.label)}`];
    if (e.oneSided) attrs.push("style=dashed");
    if (e.bothWays) attrs.push("dir=both");
    lines.push(`  ${dotString(visible(e.from))} -> ${dotString(visible(e.to))} [${attrs.join(", ")}];`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
function graphJson(input) {
  return inertJson(JSON.stringify(asGraph(input), null, 2)) + "\n";
}

// src/cli/commands/graph.ts
var GRAPH_HELP = `Usage: xtap-lint graph [paths...] [options]

Print the trust map: declared tenants, their partners and every other tenant (a tenant's default) as nodes;
edges for B2B collaboration, B2B direct connect, automatic redemption, MFA and device trust and user sync,
pointing from the users' home tenant to the tenant whose apps they use. Mutual settings are labelled so;
a setting that the other declared side blocks is one-sided (dashed).

Options:
  -f, --format <name>       mermaid (default), dot or json
  -c, --config <file>       configuration file (its files/ignore choose the declarations)
  -h, --help                show this help

[paths...] limit the map to what is declared in those files or folders.
`;
var RENDER = { mermaid: graphMermaid, dot: graphDot, json: graphJson };
async function graphCommand(args, io) {
  const { values, positionals } = parseCommandArgs("graph", args, {
    format: { type: "string", short: "f" },
    config: { type: "string", short: "c" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(GRAPH_HELP);
    return 0;
  }
  const format2 = values.format ?? "mermaid";
  const render2 = Object.prototype.hasOwnProperty.call(RENDER, format2) ? RENDER[format2] : void 0;
  if (!render2) throw new CliError(`unknown format "${format2}" for graph (one of mermaid, dot, json)`);
  const { root: root2, config, select, paths } = openRepository(io, values, positionals);
  const inputs = readDeclarations(root2, paths, config);
  const { model } = buildModel(inputs, config.limits);
  let graph = buildGraph(model);
  if (select) graph = filterGraph(graph, model, select);
  io.stdout(render2(graph));
  return 0;
}

// src/cli/commands/pull.ts
var import_node_fs10 = require("node:fs");
var import_node_path10 = require("node:path");

// src/graph/merge.ts
var import_yaml17 = __toESM(require_dist(), 1);
var MergeError = class extends Error {
};
var OWN_KEYS = /* @__PURE__ */ new Set([...XTAP_KEYS, "owner", "tags", "reviewBy", "ticket"]);
var SD3 = SERVICE_DEFAULT;
function keyOf(pair2) {
  return (0, import_yaml17.isScalar)(pair2.key) ? String(pair2.key.value) : void 0;
}
function pairOf(map, key) {
  return map.items.find((p) => keyOf(p) === key);
}
function js(doc, node) {
  if (node === null || node === void 0) return void 0;
  if ((0, import_yaml17.isScalar)(node)) return node.value;
  try {
    return node.toJS(doc, { maxAliasCount: 1e3 });
  } catch {
    return void 0;
  }
}
function reconcileValue(doc, node, value, type, level) {
  if ((0, import_yaml17.isScalar)(node) && !isObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  if ((0, import_yaml17.isMap)(node) && isObject(value) && type) {
    reconcileMap(doc, node, value, type, level);
    return node;
  }
  if ((0, import_yaml17.isSeq)(node) && Array.isArray(value) && type === "target") {
    const existing = node.items.map((item) => ({ item, v: js(doc, item) }));
    const used = /* @__PURE__ */ new Set();
    const items = [];
    for (const want of value) {
      const i = existing.findIndex((e, idx) => !used.has(idx) && isObject(e.v) && isObject(want) && sameTarget(e.v, want));
      if (i !== -1) {
        used.add(i);
        items.push(existing[i].item);
      } else items.push(doc.createNode(want));
    }
    node.items = items;
    return node;
  }
  if ((0, import_yaml17.isSeq)(node) && Array.isArray(value) && sameSetting(js(doc, node), value)) return node;
  return doc.createNode(value);
}
function sameTarget(a, b) {
  return typeof a.target === "string" && typeof b.target === "string" && normalizeTarget(a.target) === normalizeTarget(b.target) && String(a.targetType ?? "").toLowerCase() === String(b.targetType ?? "").toLowerCase();
}
function reconcileMap(doc, map, fresh, type, level) {
  let changed = false;
  for (const [prop, child] of TYPES[type]) {
    if (OWN_KEYS.has(prop) || prop === "tenantId") continue;
    const pair2 = pairOf(map, prop);
    const want = Object.prototype.hasOwnProperty.call(fresh, prop) ? fresh[prop] : void 0;
    if (want === void 0) {
      if (!pair2) continue;
      const have = js(doc, pair2.value);
      if (have === void 0 || have === null) continue;
      if (level === "default" && Object.prototype.hasOwnProperty.call(SD3, prop) && sameSetting(have, SD3[prop])) continue;
      map.items.splice(map.items.indexOf(pair2), 1);
      changed = true;
      continue;
    }
    if (!pair2) {
      const key = doc.createNode(prop);
      if (prop === "isServiceProvider" || prop === "isInMultiTenantOrganization") key.commentBefore = READ_ONLY_DIRECTIVE;
      map.set(key, doc.createNode(want));
      changed = true;
      continue;
    }
    if (sameSetting(js(doc, pair2.value), want)) continue;
    pair2.value = reconcileValue(doc, pair2.value, want, child, "other");
    changed = true;
  }
  return changed;
}
function tenantIdOf(doc) {
  const id = doc.getIn(["tenant", "id"]);
  return typeof id === "string" ? id.toLowerCase() : void 0;
}
function parseExisting(existing, shown = (p) => p) {
  const docs = /* @__PURE__ */ new Map();
  for (const f of existing) {
    const doc = (0, import_yaml17.parseDocument)(f.text);
    if (doc.errors.length) throw new MergeError(`${shown(f.path)} cannot be read as YAML (${doc.errors[0].code}): fix it (run xtap-lint), or pull into an empty folder`);
    docs.set(f.path, doc);
  }
  return docs;
}
function mergeIntoExisting(fresh, existing, shown = (p) => p, unread = /* @__PURE__ */ new Set()) {
  const freshTenant = (0, import_yaml17.parse)(fresh.files[0].text);
  const tenant = isObject(freshTenant.tenant) ? freshTenant.tenant : {};
  const id = String(tenant.id ?? "").toLowerCase();
  const freshPartners = /* @__PURE__ */ new Map();
  for (const f of fresh.files.slice(1)) {
    const j = (0, import_yaml17.parse)(f.text);
    for (const p of Array.isArray(j.partners) ? j.partners : []) if (isObject(p) && typeof p.tenantId === "string") freshPartners.set(p.tenantId.toLowerCase(), p);
  }
  const docs = parseExisting(existing, shown);
  const tenantFiles = [...docs].filter(([, d]) => tenantIdOf(d) !== void 0);
  const mine = tenantFiles.filter(([, d]) => tenantIdOf(d) === id);
  if (mine.length > 1) throw new MergeError(`tenant ${id} is declared in ${mine.map(([p]) => shown(p)).join(" and ")}: keep one tenant file for it`);
  const notes2 = [];
  if (mine.length === 0) {
    const clash = fresh.files.find((f) => docs.has(f.path));
    if (clash) throw new MergeError(`${shown(clash.path)} exists and declares another tenant (or none): pull into another folder`);
    return { writes: fresh.files.map((f) => ({ ...f })), deletes: [], notes: notes2 };
  }
  const [tenantPath, tenantDoc] = mine[0];
  const otherTenants = new Set(tenantFiles.filter(([p]) => p !== tenantPath).map(([p]) => p));
  const changed = /* @__PURE__ */ new Set();
  const deletes = [];
  const tMap = tenantDoc.get("tenant", true);
  if ((0, import_yaml17.isMap)(tMap)) {
    const before = tenantDoc.toString();
    const set = (key, v) => {
      if (v === void 0) return;
      const pair2 = pairOf(tMap, key);
      if (!pair2) tMap.set(tenantDoc.createNode(key), tenantDoc.createNode(v));
      else if (!sameSetting(js(tenantDoc, pair2.value), v)) pair2.value = reconcileValue(tenantDoc, pair2.value, v, null, "other");
    };
    if (!pairOf(tMap, "name")) set("name", tenant.name);
    set("domains", tenant.domains);
    set("cloud", tenant.cloud);
    if (!unread.has("license")) set("license", tenant.license);
    if (isObject(tenant.facts)) {
      const facts = tMap.get("facts", true);
      if ((0, import_yaml17.isMap)(facts)) for (const [k, v] of Object.entries(tenant.facts)) {
        const pair2 = pairOf(facts, k);
        if (!pair2) facts.set(tenantDoc.createNode(k), tenantDoc.createNode(v));
        else if (js(tenantDoc, pair2.value) !== v) pair2.value = reconcileValue(tenantDoc, pair2.value, v, null, "other");
      }
      else set("facts", tenant.facts);
    }
    if (tenantDoc.toString() !== before) changed.add(tenantPath);
  }
  for (const [key, type, level] of [["crossTenantAccessPolicy", "root", "other"], ["default", "default", "default"]]) {
    const want = isObject(freshTenant[key]) ? freshTenant[key] : {};
    const node = tenantDoc.get(key, true);
    if ((0, import_yaml17.isMap)(node)) {
      if (reconcileMap(tenantDoc, node, want, type, level)) changed.add(tenantPath);
    } else if (Object.keys(want).length) {
      tenantDoc.set(key, tenantDoc.createNode(want));
      changed.add(tenantPath);
    }
  }
  const includes2 = (() => {
    const inc = tenantDoc.get("include");
    const list2 = inc instanceof import_yaml17.YAMLSeq ? inc.items.map((i) => (0, import_yaml17.isScalar)(i) ? String(i.value) : "") : [];
    const dir = tenantPath.includes("/") ? tenantPath.slice(0, tenantPath.lastIndexOf("/") + 1) : "";
    return list2.filter(Boolean).map((g) => dir + g.replace(/^\.\//, ""));
  })();
  const ownFiles = [...docs.keys()].filter((p) => p === tenantPath || !otherTenants.has(p) && includes2.some((g) => globMatch(p, g)));
  const found = /* @__PURE__ */ new Map();
  for (const file of ownFiles) {
    const doc = docs.get(file);
    const seq = doc.get("partners", true);
    if (!(0, import_yaml17.isSeq)(seq)) continue;
    for (const item of seq.items) {
      if (!(0, import_yaml17.isMap)(item)) continue;
      const pid = item.get("tenantId");
      if (typeof pid === "string" && !found.has(pid.toLowerCase())) found.set(pid.toLowerCase(), { file, doc, seq, map: item });
    }
  }
  for (const [pid, at] of found) {
    const want = freshPartners.get(pid);
    if (!want) {
      at.seq.items.splice(at.seq.items.indexOf(at.map), 1);
      notes2.push(`removed partner ${pid} from ${shown(at.file)}: the tenant no longer has it`);
      changed.add(at.file);
    } else if (reconcileMap(at.doc, at.map, want, "partner", "other")) changed.add(at.file);
  }
  const partnersDir = (tenantPath.includes("/") ? tenantPath.slice(0, tenantPath.lastIndexOf("/") + 1) : "") + "partners/";
  const writes = [];
  for (const f of fresh.files.slice(1)) {
    const j = (0, import_yaml17.parse)(f.text);
    const entry = Array.isArray(j.partners) && isObject(j.partners[0]) ? j.partners[0] : void 0;
    const pid = entry && typeof entry.tenantId === "string" ? entry.tenantId.toLowerCase() : void 0;
    if (!entry || !pid || found.has(pid)) continue;
    const path2 = partnersDir + f.path.slice("partners/".length);
    if (includes2.some((g) => globMatch(path2, g)) && !docs.has(path2)) {
      writes.push({ path: path2, text: f.text });
      notes2.push(`added partner ${pid} in ${shown(path2)}`);
    } else {
      let seq = tenantDoc.get("partners", true);
      if (!(0, import_yaml17.isSeq)(seq)) {
        seq = tenantDoc.createNode([]);
        tenantDoc.set("partners", seq);
      }
      seq.items.push(tenantDoc.createNode(entry));
      changed.add(tenantPath);
      notes2.push(`added partner ${pid} in ${shown(tenantPath)}`);
    }
  }
  for (const file of changed) {
    const doc = docs.get(file);
    const seq = doc.get("partners", true);
    if (file !== tenantPath && (0, import_yaml17.isSeq)(seq) && seq.items.length === 0 && [...(0, import_yaml17.isMap)(doc.contents) ? doc.contents.items : []].every((p) => keyOf(p) === "partners")) {
      deletes.push(file);
      continue;
    }
    writes.push({ path: file, text: doc.toString({ lineWidth: 0 }) });
  }
  writes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { writes, deletes: deletes.sort(), notes: notes2 };
}

// src/live/endpoint.ts
var GRAPH_ENDPOINTS = /* @__PURE__ */ new Map([
  ["global", { origin: "https://graph.microsoft.com", cloud: "commercial" }],
  ["commercial", { origin: "https://graph.microsoft.com", cloud: "commercial" }],
  ["usGovernment", { origin: "https://graph.microsoft.us", cloud: "usGovernment" }],
  ["usGovernmentDoD", { origin: "https://dod-graph.microsoft.us", cloud: "usGovernment" }],
  ["china", { origin: "https://microsoftgraph.chinacloudapi.cn", cloud: "china" }]
]);
var EndpointError = class extends Error {
};
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function isLoopback(url) {
  return LOOPBACK.has(url.hostname);
}
function resolveEndpoint(value) {
  if (value === void 0) return GRAPH_ENDPOINTS.get("global");
  const named = GRAPH_ENDPOINTS.get(value);
  if (named) return named;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointError(`--graph-endpoint must be global, usGovernment, usGovernmentDoD, china or an https URL; got "${value}"`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url))) {
    throw new EndpointError("--graph-endpoint must be an https URL (plain http only for a loopback test server): the token must not travel in clear text");
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/" && url.pathname !== "") {
    throw new EndpointError("--graph-endpoint must be the service root only (like https://graph.microsoft.com), without a path, query or credentials");
  }
  const known = [...GRAPH_ENDPOINTS.values()].find((e) => e.origin === url.origin);
  return { origin: url.origin, cloud: known?.cloud };
}

// src/live/failure.ts
var GraphFailure = class extends Error {
  status;
  permission;
  constructor(message2, extra = {}) {
    super(message2);
    this.name = "XtapGraphFailure";
    this.status = extra.status;
    this.permission = extra.permission;
  }
};
function isGraphFailure(err) {
  return err instanceof Error && err.name === "XtapGraphFailure";
}

// src/live/load.ts
async function loadLive() {
  return await Promise.resolve().then(() => __toESM(require("./live.cjs"), 1));
}

// src/live/read.ts
var READ = "Policy.Read.All";
var ORG_READ = "Organization.Read.All";
var WRITE = "Policy.ReadWrite.CrossTenantAccess";
var TYPE = {
  root: "#microsoft.graph.crossTenantAccessPolicy",
  default: "#microsoft.graph.crossTenantAccessPolicyConfigurationDefault",
  partner: "#microsoft.graph.crossTenantAccessPolicyConfigurationPartner",
  sync: "#microsoft.graph.crossTenantIdentitySyncPolicyPartner"
};
function typed(obj, type) {
  return { ...isObject(obj) ? obj : {}, "@odata.type": type };
}
function betaOnly(obj, level) {
  if (!isObject(obj)) return void 0;
  const out = {};
  for (const k of BETA_ONLY[level]) if (k !== "deletedDateTime" && obj[k] !== void 0 && obj[k] !== null) out[k] = obj[k];
  if (!Object.keys(out).length) return void 0;
  if (level === "partner") {
    if (typeof obj.tenantId !== "string") return void 0;
    out.tenantId = obj.tenantId;
  }
  return out;
}
var str = (v) => typeof v === "string" ? v : void 0;
var arr = (v) => Array.isArray(v) ? v : [];
function licenseFromSkus(skus) {
  let best = "free";
  for (const sku of skus) {
    if (!isObject(sku)) continue;
    const status = str(sku.capabilityStatus);
    if (status !== void 0 && status !== "Enabled" && status !== "Warning") continue;
    for (const plan of arr(sku.servicePlans)) {
      if (!isObject(plan) || str(plan.provisioningStatus) === "Disabled") continue;
      const name = str(plan.servicePlanName);
      if (name === "AAD_PREMIUM_P2") best = "p2";
      else if (name === "AAD_PREMIUM" && best === "free") best = "p1";
    }
  }
  return best;
}
function includes(list2, value) {
  return arr(list2).some((x) => typeof x === "string" && x.toLowerCase() === value.toLowerCase());
}
function mfaRequiredForExternalUsers(policies) {
  return policies.some((p) => {
    if (!isObject(p) || p.state !== "enabled") return false;
    const c = isObject(p.conditions) ? p.conditions : {};
    const users = isObject(c.users) ? c.users : {};
    const apps = isObject(c.applications) ? c.applications : {};
    const included = includes(users.includeUsers, "All") || includes(users.includeUsers, "GuestsOrExternalUsers") || isObject(users.includeGuestsOrExternalUsers);
    const excluded = includes(users.excludeUsers, "GuestsOrExternalUsers") || isObject(users.excludeGuestsOrExternalUsers);
    if (!included || excluded || !includes(apps.includeApplications, "All")) return false;
    const g = isObject(p.grantControls) ? p.grantControls : {};
    if (isObject(g.authenticationStrength)) return true;
    const controls = arr(g.builtInControls);
    return includes(controls, "mfa") && (controls.length === 1 || str(g.operator)?.toUpperCase() === "AND");
  });
}
async function readLiveTenant(graph) {
  const notes2 = [];
  const sources = [];
  const orgs = await graph.list("/v1.0/organization", { permission: ORG_READ }) ?? [];
  const org = orgs.find(isObject);
  const tenantId = org ? str(org.id) : void 0;
  if (!org || !tenantId || !isGuid(tenantId)) throw new GraphFailure("Microsoft Graph's /organization answer has no tenant id");
  const options = { tenantId };
  const name = str(org.displayName);
  if (name && name.trim()) options.name = name.trim();
  const domains = arr(org.verifiedDomains).map((d) => isObject(d) ? str(d.name) : void 0).filter((d) => typeof d === "string" && d.length > 0 && d.length < 300);
  if (domains.length) options.domains = domains.sort();
  try {
    options.license = licenseFromSkus(await graph.list("/v1.0/subscribedSkus", { permission: ORG_READ }) ?? []);
  } catch (err) {
    if (!isGraphFailure(err) || err.status !== 403) throw err;
    notes2.push(`could not read subscribedSkus (403, needs ${ORG_READ}): tenant.license not read`);
  }
  const root2 = await graph.get(`/v1.0${POLICY_PATH}`, { permission: READ });
  sources.push({ path: "graph/v1.0/policies/crossTenantAccessPolicy", json: typed(root2, TYPE.root) });
  const def = await graph.get(`/v1.0${POLICY_PATH}/default`, { permission: READ });
  sources.push({ path: "graph/v1.0/policies/crossTenantAccessPolicy/default", json: typed(def, TYPE.default) });
  const partners = (await graph.list(`/v1.0${POLICY_PATH}/partners`, { permission: READ }) ?? []).filter(isObject);
  sources.push({ path: "graph/v1.0/policies/crossTenantAccessPolicy/partners", json: partners.map((p) => typed(p, TYPE.partner)) });
  const betaDefault = betaOnly(await graph.get(`/beta${POLICY_PATH}/default`, { permission: READ }), "default");
  if (betaDefault) sources.push({ path: "graph/beta/policies/crossTenantAccessPolicy/default", json: typed(betaDefault, TYPE.default) });
  const known = new Set(partners.map((p) => str(p.tenantId)?.toLowerCase()));
  const betaPartners = (await graph.list(`/beta${POLICY_PATH}/partners`, { permission: READ }) ?? []).map((p) => betaOnly(p, "partner")).filter((p) => p !== void 0 && known.has(str(p.tenantId)?.toLowerCase()));
  if (betaPartners.length) sources.push({ path: "graph/beta/policies/crossTenantAccessPolicy/partners", json: betaPartners.map((p) => typed(p, TYPE.partner)) });
  for (const p of partners) {
    const id = str(p.tenantId);
    if (!id || !isGuid(id)) continue;
    const sync = await graph.get(`/beta${POLICY_PATH}/partners/${id}/identitySynchronization`, { permission: READ, allow404: true });
    if (isObject(sync)) sources.push({ path: `graph/beta/policies/crossTenantAccessPolicy/partners/${id}/identitySynchronization`, json: typed({ ...sync, tenantId: id }, TYPE.sync) });
  }
  try {
    const policies = await graph.list("/v1.0/identity/conditionalAccess/policies", { permission: READ }) ?? [];
    options.facts = { mfaRequiredForExternalUsers: mfaRequiredForExternalUsers(policies) };
  } catch (err) {
    if (!isGraphFailure(err) || err.status !== 403) throw err;
    notes2.push(`could not read Conditional Access policies (403, needs ${READ}): tenant.facts.mfaRequiredForExternalUsers not read`);
  }
  return { tenantId, sources, options, notes: notes2 };
}

// src/live/session.ts
var GRAPH_OPTION_HELP = `      --graph-endpoint <e>   Microsoft Graph: global (default, https://graph.microsoft.com), usGovernment,
                             usGovernmentDoD, china, or an https URL
`;
var TOKEN_HELP = `The token comes from XTAP_GRAPH_TOKEN when set, else from DefaultAzureCredential (environment service
principal, workload identity federation as azure/login sets it up, managed identity, Azure CLI).
XTAP_GRAPH_TIMEOUT bounds the whole command, waits for throttling included (seconds, default 300).`;
function timeoutMs(io) {
  const raw = io.env.XTAP_GRAPH_TIMEOUT;
  if (raw === void 0 || raw === "") return 3e5;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0 || Number(raw) > 86400) throw new CliError("XTAP_GRAPH_TIMEOUT must be a number of seconds between 0 and 86400");
  return Math.round(Number(raw) * 1e3);
}
function endpointOf(value) {
  try {
    return resolveEndpoint(value);
  } catch (err) {
    if (err instanceof EndpointError) throw new CliError(err.message);
    throw err;
  }
}
async function withGraph(io, endpoint, fn) {
  const budget = timeoutMs(io);
  let graph;
  try {
    const live = await loadLive();
    graph = live.createGraphClient({ endpoint, env: io.env, timeoutMs: budget });
    return await fn(graph);
  } catch (err) {
    if (isGraphFailure(err)) throw new CliError(visible(err.message));
    throw err;
  } finally {
    graph?.close();
  }
}
async function liveDeclarations(graph, endpoint) {
  const live = await readLiveTenant(graph);
  if (endpoint.cloud) live.options.cloud = endpoint.cloud;
  try {
    return { live, result: importTenant(live.sources, live.options) };
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`the live tenant's settings cannot be read as declarations: ${visible(err.message)}`);
    throw err;
  }
}

// src/cli/commands/pull.ts
var PULL_HELP = `Usage: xtap-lint pull [--out <dir>] [options]

Read the live tenant's cross-tenant access settings from Microsoft Graph and write them as declarations, as
\`xtap-lint import\` does: one tenant file (tenant id, name and domains from /organization, license from
subscribedSkus, tenant.facts.mfaRequiredForExternalUsers from Conditional Access) and one file per partner.
Over existing declarations of the same tenant, values are updated in place: comments, labels, owner, tags,
reviewBy, ticket and the file layout stay; partners the tenant gained are added, those it lost removed.

Options:
  -o, --out <dir>            the folder to write (default: .)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All and Organization.Read.All (docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 written, 2 bad usage or a failure talking to Microsoft Graph.
`;
function display3(io, abs) {
  return ((0, import_node_path10.relative)(io.cwd, abs) || ".").split(import_node_path10.sep).join("/");
}
function existingFiles(dir) {
  if (!(0, import_node_fs10.existsSync)(dir)) return [];
  const config = defaultConfig();
  const out = [];
  for (const p of listDeclarations(dir, config)) {
    const f = readDeclaration(dir, p, config.limits.maxFileBytes);
    if (f.text === void 0) throw new CliError(`${p} under the output folder cannot be read (${f.problem?.message ?? "unreadable"}): fix or remove it first`);
    out.push({ path: p, text: f.text });
  }
  return out;
}
async function pullCommand(args, io) {
  const { values, positionals } = parseCommandArgs("pull", args, {
    out: { type: "string", short: "o" },
    "graph-endpoint": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(PULL_HELP);
    return 0;
  }
  if (positionals.length) throw new CliError(`pull takes no paths (got "${visible(positionals[0])}"); use --out <dir> for the folder to write`);
  const endpoint = endpointOf(values["graph-endpoint"]);
  const outDir = (0, import_node_path10.resolve)(io.cwd, values.out ?? ".");
  if ((0, import_node_fs10.existsSync)(outDir) && !(0, import_node_fs10.lstatSync)(outDir).isDirectory()) throw new CliError(`--out must be a folder: ${display3(io, outDir)}`);
  const existing = existingFiles(outDir);
  const shown = (p) => display3(io, (0, import_node_path10.join)(outDir, ...p.split("/")));
  try {
    parseExisting(existing, shown);
  } catch (err) {
    if (err instanceof MergeError) throw new CliError(`pull: ${visible(err.message)}`);
    throw err;
  }
  const { live, result } = await withGraph(io, endpoint, (graph) => liveDeclarations(graph, endpoint));
  let merged;
  try {
    merged = mergeIntoExisting(result, existing, shown, new Set(live.options.license === void 0 ? ["license"] : []));
  } catch (err) {
    if (err instanceof MergeError) throw new CliError(`pull: ${visible(err.message)}`);
    throw err;
  }
  for (const w of merged.writes) {
    const abs = (0, import_node_path10.join)(outDir, ...w.path.split("/"));
    try {
      (0, import_node_fs10.mkdirSync)((0, import_node_path10.dirname)(abs), { recursive: true });
      (0, import_node_fs10.writeFileSync)(abs, w.text);
    } catch (err) {
      throw new CliError(`cannot write ${display3(io, abs)}: ${err.message.split("\n")[0]}`);
    }
  }
  for (const d of merged.deletes) (0, import_node_fs10.rmSync)((0, import_node_path10.join)(outDir, ...d.split("/")), { force: true });
  for (const u of result.unknown) io.stderr(`pull: dropped unknown property ${visible(u.path)}: Microsoft Graph returned a property xtap-lint does not know yet
`);
  for (const n of [...live.notes, ...result.notes.filter((n2) => !/^no --(tenant-id|license)/.test(n2)), ...merged.notes]) io.stderr(`pull: ${visible(n)}
`);
  const name = live.options.name ? `${visible(live.options.name)} (${live.tenantId})` : live.tenantId;
  const what = existing.length === 0 ? "wrote" : "updated";
  const count = merged.writes.length + merged.deletes.length;
  io.stdout(
    count === 0 ? `Pulled ${name} from ${endpoint.origin}: the declarations in ${display3(io, outDir)} are up to date.
` : `Pulled ${name} from ${endpoint.origin}: ${what} ${merged.writes.length} file${merged.writes.length === 1 ? "" : "s"}${merged.deletes.length ? `, removed ${merged.deletes.length}` : ""} in ${display3(io, outDir)}. Review, then run: xtap-lint ${display3(io, outDir)}
`
  );
  return 0;
}

// src/cli/commands/drift.ts
var DRIFT_HELP = `Usage: xtap-lint drift [paths...] [options]

Compare the declarations with the live tenant's settings, read from Microsoft Graph, through the access function:
who can reach which apps, trust, sync and automatic redemption, partners added or removed. The tenant compared is
the one the token signs in to; its tenant file and the partner files it includes are the declarations.

Options:
  -f, --format <name>        markdown (default) or json, as xtap-lint diff prints them
  -c, --config <file>        configuration file (its files/ignore choose the declarations)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All and Organization.Read.All (docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 no drift, 1 the live tenant differs from the declarations, 2 bad usage or a failure talking to
Microsoft Graph.
`;
function declaredTenant2(io, config, root2, paths, liveId, liveName) {
  const inputs = readDeclarations(root2, paths, config);
  const { model } = buildModel(inputs, config.limits);
  const matches = model.tenants.filter((t2) => t2.id.toLowerCase() === liveId.toLowerCase());
  const who = liveName ? `${visible(liveName)} (${liveId})` : liveId;
  if (matches.length === 0) throw new CliError(`no tenant file declares the tenant the token signs in to, ${who}: pull it first (xtap-lint pull --out <dir>)`);
  if (matches.length > 1) throw new CliError(`tenant ${who} is declared in ${matches.map((t2) => t2.file.path).join(" and ")}: keep one tenant file for it (a pull kept inside the repository? ignore it in .xtap-lint.yaml)`);
  const t = matches[0];
  const files = /* @__PURE__ */ new Set([t.file.path, ...t.includedFiles.map((f) => f.path)]);
  return { tenant: t, inputs: inputs.filter((f) => files.has(f.path)) };
}
function liveInputs(live) {
  return live.result.files.map((f) => ({ path: `(live tenant)/${f.path}`, text: f.text }));
}
async function driftCommand(args, io) {
  const { values, positionals } = parseCommandArgs("drift", args, {
    format: { type: "string", short: "f" },
    config: { type: "string", short: "c" },
    "graph-endpoint": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(DRIFT_HELP);
    return 0;
  }
  const format2 = values.format ?? "markdown";
  if (format2 !== "markdown" && format2 !== "json") throw new CliError(`unknown format "${visible(format2)}" for drift (one of markdown, json)`);
  const endpoint = endpointOf(values["graph-endpoint"]);
  const { root: root2, config, paths } = openRepository(io, values, positionals);
  const live = await withGraph(io, endpoint, (graph) => liveDeclarations(graph, endpoint));
  for (const n of live.live.notes) io.stderr(`drift: ${visible(n)}
`);
  const declared = declaredTenant2(io, config, root2, paths, live.live.tenantId, live.live.options.name);
  const before = buildModel(declared.inputs, config.limits);
  const after = buildModel(liveInputs(live), config.limits);
  const changes = diffModels(before.model, after.model);
  if (format2 === "json") io.stdout(renderDiffJson(changes, { against: endpoint.origin }));
  else io.stdout(renderDiffMarkdown(changes, { before: "the declarations", after: `the live tenant (${endpoint.origin})` }));
  return changes.length ? 1 : 0;
}

// src/cli/commands/apply.ts
var APPLY_HELP = `Usage: xtap-lint apply [paths...] [options]

Make the live tenant match the declarations: read its settings from Microsoft Graph, plan the requests of
\`xtap-lint export --against\` them (POST new partners, PATCH what changed, DELETE removed partners after their
identity synchronization), show the plan, then send it in order. Stops at the first failed request and says
which requests were applied and which were not. Never removes a cloud service provider partner.

Options:
  -y, --yes                  send without asking (needed where no terminal can confirm, as in CI)
      --dry-run              show the plan and send nothing
  -c, --config <file>        configuration file (its files/ignore choose the declarations)
${GRAPH_OPTION_HELP}  -h, --help                 show this help

Permissions: Policy.Read.All, Organization.Read.All, and Policy.ReadWrite.CrossTenantAccess to write
(docs/live-tenant.md).
${TOKEN_HELP}
Exit codes: 0 applied (or nothing to apply), 2 bad usage, declarations with syntax or schema errors, a refused
plan, or a failed request.
`;
function onEndpoint(url, origin) {
  return url.replace(/^https:\/\/[^/]+/, origin);
}
function describe2(r, origin) {
  const url = onEndpoint(r.request.url, origin);
  return `${r.request.method} ${url.slice(origin.length)}`;
}
async function applyCommand(args, io) {
  const { values, positionals } = parseCommandArgs("apply", args, {
    yes: { type: "boolean", short: "y" },
    "dry-run": { type: "boolean" },
    config: { type: "string", short: "c" },
    "graph-endpoint": { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout(APPLY_HELP);
    return 0;
  }
  const endpoint = endpointOf(values["graph-endpoint"]);
  const confirm = io.confirm;
  if (!values.yes && !values["dry-run"] && !confirm) throw new CliError("apply needs --yes where no terminal can confirm (see the plan first with --dry-run)");
  const { root: root2, config, paths } = openRepository(io, values, positionals);
  return withGraph(io, endpoint, async (graph) => {
    const live = await liveDeclarations(graph, endpoint);
    for (const n of live.live.notes) io.stderr(`apply: ${visible(n)}
`);
    const declared = declaredTenant2(io, config, root2, paths, live.live.tenantId, live.live.options.name);
    const run = lintFiles(declared.inputs, { config, rules: [] });
    for (const f of run.result.files) {
      const bad = f.findings.find((x) => x.severity === "error" && (x.ruleId === "syntax" || x.ruleId === "schema"));
      if (bad) throw new CliError(`${f.file}:${bad.range.line}:${bad.range.column}: ${bad.ruleId} error in the declarations: fix it first (run xtap-lint), nothing was sent`);
    }
    const current = buildModel(liveInputs(live), config.limits).model;
    let requests;
    try {
      const plans = exportRequests(run.model, { select: (t) => t.id.toLowerCase() === live.live.tenantId.toLowerCase(), current, missingCurrent: "refuse" });
      requests = plans.flatMap((p) => p.requests);
      for (const p of plans) for (const n of p.notes) io.stderr(`apply: ${visible(n)}
`);
    } catch (err) {
      if (err instanceof ExportRefusal) throw new CliError(`apply: ${visible(err.message)}; nothing was sent`);
      throw err;
    }
    const who = live.live.options.name ? `${visible(live.live.options.name)} (${live.live.tenantId})` : live.live.tenantId;
    if (requests.length === 0) {
      io.stdout(`${who}: nothing to apply, the live tenant matches the declarations.
`);
      return 0;
    }
    const plan = [`Plan for ${who} at ${endpoint.origin}: ${requests.length} request${requests.length === 1 ? "" : "s"}`];
    requests.forEach((r, i) => {
      plan.push(`  ${i + 1}. ${describe2(r, endpoint.origin)}  (${visible(r.title)})`);
      if (r.request.body) for (const line of JSON.stringify(r.request.body, null, 2).split("\n")) plan.push(`       ${visible(line)}`);
    });
    io.stdout(plan.join("\n") + "\n");
    if (values["dry-run"]) return 0;
    if (!values.yes) {
      const ok = confirm ? await confirm(requests.length === 1 ? "Send this request? [y/N] " : `Send these ${requests.length} requests? [y/N] `) : false;
      if (!ok) {
        io.stdout("Nothing was sent.\n");
        return 0;
      }
    }
    for (let i = 0; i < requests.length; i++) {
      const r = requests[i];
      try {
        await graph.send(r.request.method, onEndpoint(r.request.url, endpoint.origin), r.request.body, { permission: WRITE });
      } catch (err) {
        if (!isGraphFailure(err)) throw err;
        const applied = i === 0 ? "none applied" : `applied ${i === 1 ? "request 1" : `requests 1-${i}`}`;
        const notApplied = i + 1 === requests.length ? `request ${i + 1}` : `requests ${i + 1}-${requests.length}`;
        throw new CliError(`apply stopped at request ${i + 1} of ${requests.length} (${describe2(r, endpoint.origin)}): ${visible(err.message)}; ${applied}, ${notApplied} not applied`);
      }
      io.stdout(`applied ${i + 1}/${requests.length}: ${describe2(r, endpoint.origin)}
`);
    }
    io.stdout(`Applied ${requests.length} request${requests.length === 1 ? "" : "s"} to ${who}. Check with: xtap-lint drift
`);
    return 0;
  });
}

// src/cli/help.ts
var ROW = /^(\s+\S.*?\S?)( {2,})(\S.*)$/;
function reflowHelp(help, columns) {
  const width = layoutWidth(columns);
  const out = [];
  let block;
  const flush = () => {
    if (!block) return;
    const { head, hang, text } = block;
    if (width - hang < 20) {
      const indent = " ".repeat(Math.min(/^ */.exec(head)[0].length, 2));
      if (head.trim()) out.push(...wrap(words(head.trim()), width, indent, indent + "  "));
      out.push(...wrap(words(text), width, indent + "    ", indent + "    "));
    } else out.push(...wrap(words(text), width, head, " ".repeat(hang)));
    block = void 0;
  };
  for (const line of help.replace(/\n$/, "").split("\n")) {
    if (line.trim() === "") {
      flush();
      out.push("");
      continue;
    }
    const indent = /^ */.exec(line)[0].length;
    if (indent === 0) {
      if (block && block.hang === 0 && !/:$/.test(block.text)) block.text += " " + line;
      else {
        flush();
        const usage = /^Usage: /.exec(line);
        block = { head: "", hang: usage ? 7 : 0, text: line };
      }
      continue;
    }
    if (block && block.hang > 0 && indent >= block.hang) {
      block.text += " " + line.trim();
      continue;
    }
    flush();
    const row2 = ROW.exec(line);
    if (row2) block = { head: row2[1] + row2[2], hang: displayWidth(row2[1] + row2[2]), text: row2[3] };
    else block = { head: " ".repeat(indent), hang: indent, text: line.trim() };
  }
  flush();
  return out.join("\n") + "\n";
}

// src/cli/main.ts
var COMMANDS = {
  lint: lintCommand,
  rules: rulesCommand,
  import: importCommand,
  export: exportCommand,
  init: initCommand,
  diff: diffCommand,
  explain: explainCommand,
  graph: graphCommand,
  pull: pullCommand,
  drift: driftCommand,
  apply: applyCommand
};
var HELP = `xtap-lint — policy-as-code for Microsoft Entra cross-tenant access settings

Usage: xtap-lint [command] [options]

Commands:
  lint [paths...]     lint declarations (the default command)
  rules [id]          list the rules, or show one rule's documentation
  import <json...>    turn Microsoft Graph JSON into declarations (--out <dir>)
  export [paths...]   write the Graph requests that apply the declarations
  init                write a starter tenant file and .xtap-lint.yaml
  diff --base <ref>   semantic diff of effective access against a git revision (or --against <dir>)
  explain [options]   allowed or blocked for a user and app, and the settings that decided it
  graph [paths...]    the trust map of tenants and partners (mermaid, dot or json)
  pull                the live tenant's settings as declarations, from Microsoft Graph (--out <dir>)
  drift [paths...]    the differences between the declarations and the live tenant (exit 1 on drift)
  apply [paths...]    make the live tenant match the declarations (shows the plan; --yes)

Run \`xtap-lint <command> --help\` for a command's options.

${LINT_HELP}`;
async function main(argv, cliIo) {
  let io = cliIo;
  try {
    const [first, ...rest] = argv;
    if (first === "--help" || first === "-h" || first === "help") {
      io.stdout(reflowHelp(HELP, terminalWidth(io)));
      return 0;
    }
    const options = argv.indexOf("--") < 0 ? argv : argv.slice(0, argv.indexOf("--"));
    if (options.includes("--help") || options.includes("-h")) {
      const out = io.stdout.bind(io);
      io = { ...io, stdout: (text) => out(reflowHelp(text, terminalWidth(io))) };
    }
    if (first === "--version" || first === "-v") {
      io.stdout(packageVersion() + "\n");
      return 0;
    }
    if (first !== void 0 && Object.prototype.hasOwnProperty.call(COMMANDS, first)) return await COMMANDS[first](rest, io);
    return await lintCommand(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`xtap-lint: ${visible(err.message)}
`);
      return 2;
    }
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    io.stderr(`xtap-lint: internal error: ${visible(msg)} (please report it with the command you ran)
`);
    return 2;
  }
}

// src/cli/bin.ts
main(process.argv.slice(2), processIo()).then(
  (code2) => {
    process.exitCode = code2;
  },
  (err) => {
    process.stderr.write(`xtap-lint: internal error: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 2;
  }
);
