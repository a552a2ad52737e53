/**
 * The benchmark's baseline: React and the Fluent provider, drawing nothing. When the bench has
 * put finished wheel markup on the page (`window.__benchMarkup`, before navigation), it draws
 * that markup and nothing else, in the same render: the cost of showing the wheel's SVG with
 * no app code at all, the floor under the tab's figure.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __benchMarkup?: string;
  }
}

function Blank() {
  useLayoutEffect(() => {
    // Same timing as the wheel's mark: asked for in the commit, set after the frame is painted.
    // Written out, not src/ui/hooks/afterFirstPaint: a module shared with the tab would be split
    // into a chunk of its own in the bench's build and change the tab's first-load figure.
    requestAnimationFrame(() => setTimeout(() => performance.mark('blank-drawn'), 0));
  }, []);
  const markup = window.__benchMarkup;
  return markup ? <div style={{ maxWidth: 1280, margin: '0 auto', padding: 16 }} dangerouslySetInnerHTML={{ __html: markup }} /> : <div />;
}

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Blank />
  </FluentProvider>,
);
