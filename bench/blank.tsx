/** The benchmark's baseline: React and the Fluent provider, drawing nothing. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Blank() {
  useEffect(() => {
    // Same timing as the wheel's mark: after the first frame has been painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark('blank-drawn'), 0));
  }, []);
  return <div />;
}

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Blank />
  </FluentProvider>,
);
