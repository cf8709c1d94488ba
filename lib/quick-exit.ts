/**
 * The quick-exit behaviour as a tiny inline script (components/quick-exit.tsx
 * puts it at the top of every page). Its text is also hashed into the
 * Content-Security-Policy of the pages that run on a nonce
 * (lib/security/content-security-policy.ts), so the root layout never has to
 * read the nonce, which would make every page render per request.
 */
export function quickExitScript(href: string): string {
  // JSON.stringify makes the address a safe string literal; "<" is escaped so it can never close the script.
  const target = JSON.stringify(href).replace(/</g, "\\u003c");
  return `(function(){var t=${target},last=0;function leave(e){if(e)e.preventDefault();document.title="";if(document.body)document.body.style.visibility="hidden";try{window.open(t,"_blank","noopener")}catch(x){}location.replace(t);}
document.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("[data-quick-exit]");if(a)leave(e);},true);
document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var n=Date.now();if(n-last<1000)leave();last=n;},true);})();`;
}
