/** localStorage key of the reader's theme choice. */
export const THEME_STORAGE_KEY = 'manchette-theme';

// Runs before first paint: marks that JavaScript runs and applies a remembered theme, so a reader
// who chose dark never sees a flash of the light theme.
const script = `(function(){try{var d=document.documentElement;d.setAttribute('data-js','');var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='dark'||t==='light')d.classList.add(t)}catch(e){}})()`;

/** The inline theme script, placed in `<head>`. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
