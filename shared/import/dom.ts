/**
 * The few DOM features the HTML import reads and changes, declared structurally so shared/ needs no DOM
 * types: a browser's DOMParser document, jsdom and linkedom all fit.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** The lower-case tag name (`p`, `h2`); XHTML and HTML parsers disagree on case. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** The element children of a node, copied so the caller may remove them while iterating. */
export function elementChildren(node: DomNode): DomElement[] {
  return childrenOf(node).filter(isElement);
}

/** The child nodes as an array. Read childNodes once: some DOMs (linkedom) build a new list on every read. */
export function childrenOf(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/** Every element below `root` in document order (not `root` itself), without recursion so deep pages cannot overflow the stack. */
export function descendants(root: DomNode): DomElement[] {
  const found: DomElement[] = [];
  const stack: DomElement[] = elementChildren(root).reverse();
  while (stack.length > 0) {
    const element = stack.pop() as DomElement;
    found.push(element);
    const children = elementChildren(element);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as DomElement);
  }
  return found;
}

/** The first element with this tag below `root`, or null. */
export function firstByTag(root: DomNode, tag: string): DomElement | null {
  return descendants(root).find((element) => tagOf(element) === tag) ?? null;
}
