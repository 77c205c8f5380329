import { isValidElement, type ReactNode } from 'react';

/** The plain text inside React children (`<Hashtag>Huawei</Hashtag>` → `Huawei`). */
export function getTextContent(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(getTextContent).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return getTextContent(node.props.children);
  return '';
}
