/*
 * The generic proxy core, modelled on office.js's ClientObject.
 *
 * A proxy holds no workbook state. It has:
 * - a resolver, run at sync time, that finds the model object it stands for (a
 *   worksheet, a range...) or throws ItemNotFound; `*OrNullObject` resolvers return
 *   null instead. The result is pinned after first use, as office.js pins objects by id
 *   (a worksheet renamed later in the run is still the same worksheet);
 * - a cache of loaded property values, filled only when a sync succeeds. Reading a
 *   property that is not in the cache throws PropertyNotLoaded, exactly like office.js;
 * - queued operations: setting a property or calling a method appends a closure to the
 *   context's queue, applied in order at `context.sync()`.
 *
 * Subclasses declare their scalar properties, how to read each one from the model
 * (`_read`) and their navigation properties (child proxies such as `range.format`).
 */
import { invalidArgument, itemNotFound, propertyNotLoaded } from "../errors";
import type { RequestContext, SyncState } from "../RequestContext";

export type LoadOption =
  | string
  | readonly string[]
  | { select?: string | readonly string[]; expand?: string | readonly string[]; [key: string]: unknown }
  | null
  | undefined;

/** What to load on one object: scalar property names, or all of them, and child trees. */
interface LoadTree {
  all: boolean;
  props: Set<string>;
  children: Map<string, LoadTree>;
}

const emptyTree = (all = false): LoadTree => ({ all, props: new Set(), children: new Map() });

function splitPath(path: string): string[] {
  return path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The node at `parts` below `tree`, creating missing nodes on the way. */
function descend(tree: LoadTree, parts: readonly string[]): LoadTree {
  let node = tree;
  for (const part of parts) {
    let child = node.children.get(part);
    if (!child) {
      child = emptyTree();
      node.children.set(part, child);
    }
    node = child;
  }
  return node;
}

function addPath(tree: LoadTree, path: string): void {
  const parts = splitPath(path);
  if (parts.length === 0) return;
  descend(tree, parts.slice(0, -1)).props.add(parts[parts.length - 1] ?? "");
}

function addPaths(tree: LoadTree, spec: string | readonly string[]): void {
  const list = typeof spec === "string" ? [spec] : spec;
  for (const item of list) for (const path of item.split(",")) addPath(tree, path);
}

/** Parses every form of `load(...)`: "a, b/c", ["a", "b"], { select, expand }, { a: true, b: { c: true } }. */
function parseLoadOption(option: LoadOption): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === "string" || Array.isArray(option)) {
    addPaths(tree, option as string | readonly string[]);
  } else if (typeof option === "object") {
    const object = option as Record<string, unknown>;
    if ("select" in object || "expand" in object) {
      if (object.select !== undefined) addPaths(tree, object.select as string | readonly string[]);
      if (object.expand !== undefined) {
        for (const path of ([] as string[])
          .concat(object.expand as string | string[])
          .flatMap((p) => p.split(","))) {
          const node = descend(tree, splitPath(path));
          if (node !== tree && node.props.size === 0 && node.children.size === 0) node.all = true;
        }
      }
    } else {
      for (const [key, value] of Object.entries(object)) {
        if (key.startsWith("$")) continue;
        if (value === true) tree.props.add(key);
        else if (typeof value === "object" && value !== null)
          tree.children.set(key, parseLoadOption(value as LoadOption));
      }
    }
  }
  if (tree.props.size === 0 && tree.children.size === 0) tree.all = true;
  return tree;
}

/** JSON-safe copy of a loaded value, so later model changes cannot leak into it. */
function snapshot<V>(value: V): V {
  if (value === null || typeof value !== "object") return value;
  return JSON.parse(JSON.stringify(value)) as V;
}

type Resolver<T> = (state: SyncState) => T | null;

export abstract class ClientObject<T> {
  /** The office.js type name used in errors ("Range", "Worksheet"). */
  protected abstract readonly _typeName: string;
  /** Scalar properties: what a bare `load()` loads and what `_read` knows. */
  protected abstract readonly _scalarProperties: readonly string[];

  private readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, ClientObject<unknown>>();
  private _target: { value: T | null } | undefined;
  private _isNull: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    /** office.js-like object path, e.g. worksheets.getItem(Data).getRange(A1:B2); used in batch accounting. */
    readonly _path: string,
    private readonly _resolver: Resolver<T>,
    /** true for *OrNullObject: a missing item resolves to a null object instead of failing. */
    private readonly _nullable = false,
  ) {}

  /** Reads one scalar property from the model at sync time. */
  protected abstract _read(target: T, name: string, state: SyncState): unknown;

  /** Whether a pinned target still exists (e.g. the worksheet was not deleted). */
  protected _isAlive(_target: T, _state: SyncState): boolean {
    return true;
  }

  // ---- resolution -------------------------------------------------------------------

  /** The model object, resolving on first use; null for a null object. Throws ItemNotFound. */
  _resolve(state: SyncState): T | null {
    if (this._target === undefined) {
      this._target = { value: this._resolver(state) };
    } else if (this._target.value !== null && !this._isAlive(this._target.value, state)) {
      throw itemNotFound(`${this._typeName} ${this._path} no longer exists.`);
    }
    // A resolver reports a missing item by throwing (getItem) or, for *OrNullObject
    // and for children of a null object, by returning null: a null object.
    const value = this._target.value;
    state.commit(() => {
      this._isNull = value === null;
    });
    return value;
  }

  /**
   * Queues resolving this object even if nothing else uses it, so `isNullObject` is
   * known after the next sync (what office.js does for *OrNullObject methods).
   */
  _instantiate(): this {
    this.context._enqueue({
      json: { op: "instantiate", path: this._path },
      location: `${this._typeName}`,
      run: (state) => void this._resolve(state),
    });
    return this;
  }

  /** Pins the target (for items created while loading a collection). */
  _pin(target: T | null): this {
    this._target = { value: target };
    return this;
  }

  /** `true` once a sync found that an *OrNullObject item does not exist. */
  get isNullObject(): boolean {
    if (!this._nullable) return this._isNull === true;
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._typeName);
    return this._isNull;
  }

  // ---- properties ---------------------------------------------------------------------

  protected _get<V>(name: string): V {
    if (this._isNull === true) return null as V;
    if (!this._values.has(name)) throw propertyNotLoaded(name, this._typeName);
    return this._values.get(name) as V;
  }

  /**
   * Queues a property write. Like office.js, the assigned value is cached locally at
   * once (reading it back needs no load).
   */
  protected _set<V>(name: string, value: V, apply: (target: T, state: SyncState) => void): void {
    this._values.set(name, value);
    this._enqueue({ op: "set", path: `${this._path}.${name}`, value }, `${this._typeName}.${name}`, apply);
  }

  /** Queues a method call. */
  protected _call(
    method: string,
    args: readonly unknown[],
    apply: (target: T, state: SyncState) => void,
  ): void {
    this._enqueue(
      { op: "call", path: `${this._path}.${method}`, args },
      `${this._typeName}.${method}`,
      apply,
    );
  }

  /** Queues a method call whose result arrives in a ClientResult after sync. */
  protected _callForResult<R>(
    method: string,
    args: readonly unknown[],
    compute: (target: T, state: SyncState) => R,
  ): ClientResult<R> {
    const result = new ClientResult<R>(this._typeName, method);
    this._enqueue(
      { op: "call", path: `${this._path}.${method}`, args },
      `${this._typeName}.${method}`,
      (target, state) => {
        const value = snapshot(compute(target, state));
        state.respond(value);
        state.commit(() => result._settle(value));
      },
    );
    return result;
  }

  private _enqueue(
    json: Record<string, unknown>,
    location: string,
    apply: (target: T, state: SyncState) => void,
  ): void {
    this.context._enqueue({
      json,
      location,
      run: (state) => {
        const target = this._resolve(state);
        if (target !== null) apply(target, state);
      },
    });
  }

  /** A child proxy (e.g. `format`, `fill`), created once per parent like office.js. */
  protected _child<C extends ClientObject<unknown>>(name: string, make: () => C): C {
    let child = this._children.get(name);
    if (!child) {
      child = make();
      this._children.set(name, child);
    }
    return child as C;
  }

  /** A child proxy over the same target (`format`, `protection`, …), at path `<parent>.<name>`. */
  protected _nested<C extends ClientObject<unknown>>(
    name: string,
    Child: new (context: RequestContext, path: string, resolver: Resolver<T>) => C,
  ): C {
    return this._child(name, () => new Child(this.context, `${this._path}.${name}`, (s) => this._resolve(s)));
  }

  /** The child proxy for a navigation property name, if there is one. */
  protected _navigation(name: string): ClientObject<unknown> | undefined {
    if (this._scalarProperties.includes(name) || name === "context") return undefined;
    let value: unknown;
    try {
      value = (this as unknown as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
    return value instanceof ClientObject ? (value as ClientObject<unknown>) : undefined;
  }

  // ---- load ---------------------------------------------------------------------------

  /** Queues loading properties; their values are readable after the next `context.sync()`. */
  load(option?: LoadOption): this {
    const tree = parseLoadOption(option);
    this.context._enqueue({
      json: { op: "load", path: this._path, select: option ?? null },
      location: `${this._typeName}.load`,
      run: (state) => this._runLoad(tree, state),
    });
    return this;
  }

  _runLoad(tree: LoadTree, state: SyncState): void {
    const target = this._resolve(state);
    if (target === null) return;
    const names = tree.all ? this._scalarProperties : [...tree.props];
    const loaded: Array<[string, unknown]> = [];
    for (const name of names) {
      if (this._scalarProperties.includes(name)) {
        loaded.push([name, snapshot(this._read(target, name, state))]);
        continue;
      }
      const child = this._navigation(name);
      if (!child) throw invalidArgument(`${this._typeName} has no property "${name}".`);
      child._runLoad(emptyTree(true), state);
    }
    for (const [name, subtree] of tree.children) {
      const child = this._navigation(name);
      if (!child) throw invalidArgument(`${this._typeName} has no navigation property "${name}".`);
      child._runLoad(subtree, state);
    }
    state.respond(loaded);
    state.commit(() => {
      for (const [name, value] of loaded) this._values.set(name, value);
    });
  }

  // ---- set / toJSON -----------------------------------------------------------------

  /** office.js `set({...})`: assigns several properties, recursing into navigation properties. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const child = this._navigation(name);
      if (child && typeof value === "object" && value !== null && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
        continue;
      }
      if (!hasSetter(this, name)) throw invalidArgument(`${this._typeName}.${name} cannot be set.`);
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  /** The loaded properties as a plain object, like office.js's toJSON(). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of this._values) out[name] = value;
    for (const [name, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }
}

function hasSetter(object: object, name: string): boolean {
  for (let proto: object | null = object; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set !== undefined || descriptor.writable === true;
  }
  return false;
}

/** office.js ClientResult<T>: `value` is readable after sync. */
export class ClientResult<R> {
  private settled = false;
  private result: R | undefined;

  constructor(
    private readonly typeName: string,
    private readonly method: string,
  ) {}

  _settle(value: R): void {
    this.result = value;
    this.settled = true;
  }

  get value(): R {
    if (!this.settled) throw propertyNotLoaded(`${this.method}()`, this.typeName);
    return this.result as R;
  }
}

/**
 * A collection proxy (worksheets, names, charts...). `items` is filled by load; loading
 * "name" or "items/name" loads `name` on every item.
 */
export abstract class ClientCollection<T, I extends ClientObject<unknown>> extends ClientObject<T> {
  protected readonly _scalarProperties: readonly string[] = [];
  private _items: I[] | undefined;
  /** The items of the sync under way: a second `load` in one batch adds to the first, as in office.js. */
  private _loading: { readonly state: SyncState; readonly items: I[] } | undefined;

  /** Item proxies for the current members, pinned to their model objects. */
  protected abstract _list(target: T, state: SyncState): I[];

  protected _read(_target: T, name: string): unknown {
    throw invalidArgument(`${this._typeName} has no property "${name}".`);
  }

  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._typeName);
    return this._items;
  }

  override _runLoad(tree: LoadTree, state: SyncState): void {
    const target = this._resolve(state);
    if (target === null) return;
    // "items/name" and "name" mean the same on a collection.
    const itemTree: LoadTree = {
      all: tree.all,
      props: new Set(tree.props),
      children: new Map(tree.children),
    };
    const nested = itemTree.children.get("items");
    if (nested) {
      itemTree.children.delete("items");
      nested.props.forEach((p) => itemTree.props.add(p));
      nested.children.forEach((c, k) => itemTree.children.set(k, c));
      itemTree.all = itemTree.all || nested.all;
    }
    itemTree.props.delete("items");
    if (itemTree.props.size === 0 && itemTree.children.size === 0) itemTree.all = true;
    const items = this._loading?.state === state ? this._loading.items : this._list(target, state);
    this._loading = { state, items };
    for (const item of items) item._runLoad(itemTree, state);
    state.commit(() => {
      this._items = items;
    });
  }

  getCount(): ClientResult<number> {
    return this._callForResult("getCount", [], (target, state) => this._list(target, state).length);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((item) => item.toJSON()) };
  }
}
