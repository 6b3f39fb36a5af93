/* Embeddable snippet for the city website. One line on any page:
     <script src="https://chat.example.org/embed.js" defer></script>
   It adds a "Chat" button at the bottom right that opens the TrierBot page in a frame (same origin as this
   script, so no CORS setup is needed). To embed Web Chat directly instead, copy index.html's markup and
   load chat.js with data-domain pointing at this host, and list the website in DirectLine:AllowedOrigins. */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src, window.location.href).origin;

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Chat mit TrierBot';
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.75rem 1.25rem;border:0;' +
    'border-radius:1.5rem;background:#005a7d;color:#fff;font:600 1rem system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)';

  var frame = document.createElement('iframe');
  frame.title = 'TrierBot – Chat des Bildungsbüros';
  frame.allow = 'microphone';
  frame.hidden = true;
  frame.style.cssText = 'position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));' +
    'height:min(40rem,calc(100vh - 6rem));border:1px solid #c9d1d6;border-radius:.75rem;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.2)';

  button.addEventListener('click', function () {
    if (!frame.src) frame.src = origin + '/';
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    button.textContent = frame.hidden ? 'Chat mit TrierBot' : 'Chat schließen';
    if (!frame.hidden) frame.focus();
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
