import type { ComponentProps } from 'react';
import { CopyLinkButton } from './CopyLinkButton';

/** A section heading that links to itself and offers to copy that link. */
export function Heading({ level, id, children, ...rest }: ComponentProps<'h2'> & { level: 2 | 3 }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...rest} className="group scroll-mt-20">
      {id ? (
        <>
          <a href={`#${id}`} className="heading-link no-underline">
            {children}
          </a>
          <CopyLinkButton hash={id} label={typeof children === 'string' ? children : 'this section'} />
        </>
      ) : (
        children
      )}
    </Tag>
  );
}
