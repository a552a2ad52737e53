/**
 * The benchmark's baseline: React and the Fluent provider, drawing nothing. When the bench has
 * put finished wheel markup on the page (`window.__benchMarkup`, before navigation), it draws
 * that markup and nothing else, in the same render: the cost of showing the wheel's SVG with
 * no app code at all, the floor under the tab's figure.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterFirstPaint } from '../src/ui/hooks/afterFirstPaint';

declare global {
  interface Window {
    __benchMarkup?: string;
  }
}

function Blank() {
  // Set as the wheel's mark is (useWheel's useDrawnMark): asked for in the commit, set after the frame is painted.
  useLayoutEffect(() => afterFirstPaint(() => performance.mark('blank-drawn')), []);
  const markup = window.__benchMarkup;
  return markup ? <div style={{ maxWidth: 1280, margin: '0 auto', padding: 16 }} dangerouslySetInnerHTML={{ __html: markup }} /> : <div />;
}

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Blank />
  </FluentProvider>,
);
