/* TrierBot page: starts or resumes a Direct Line conversation and renders the official Web Chat.
   Works against our host (default) or Azure's Direct Line by configuration only:
     <script src="chat.js" data-domain="https://…/v3/directline" data-token-url="https://…/token"></script>
   data-token-url must answer POST with {token, conversationId} (our tokens/generate, or the website's backend
   that exchanges the Direct Line secret). "?transport=polling" in the page address switches off WebSockets. */
(function () {
  'use strict';

  var script = document.currentScript;
  var dataset = (script && script.dataset) || {};
  var domain = (dataset.domain || window.location.origin + '/v3/directline').replace(/\/$/, '');
  var tokenUrl = dataset.tokenUrl || domain + '/tokens/generate';
  var webSocket = new URLSearchParams(window.location.search).get('transport') !== 'polling';
  var storageKey = 'trierbot.directline';
  // Set when the conversation was erased: the fresh page says so once.
  var erasedKey = 'trierbot.erased';
  var erasedProperty = 'trierbot.conversationErased';
  var erasedText = 'Erledigt: Dein Verlauf ist gelöscht. Hier beginnt ein neues Gespräch.';
  var humanText = 'Mit einem Menschen sprechen';

  var statusElement = document.getElementById('chat-status');
  var chatElement = document.getElementById('webchat');

  function showStatus(text) {
    statusElement.textContent = text;
  }

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    } catch (error) {
      return null;
    }
  }

  function save(state) {
    window.sessionStorage.setItem(storageKey, JSON.stringify(state));
  }

  function randomUserId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return 'dl_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  async function postJson(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    var response = await fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  // A stored conversation whose token can still be refreshed is resumed (with its history); else a new one starts.
  async function obtainConversation() {
    var saved = load();
    if (saved && saved.token && saved.conversationId) {
      try {
        var refreshed = await postJson(domain + '/tokens/refresh', saved.token);
        saved.token = refreshed.token;
        saved.resume = true;
        return saved;
      } catch (error) {
        window.sessionStorage.removeItem(storageKey);
      }
    }
    var userId = randomUserId();
    var generated = await postJson(tokenUrl, null, { user: { id: userId } });
    return { token: generated.token, conversationId: generated.conversationId, userId: userId, resume: false };
  }

  async function speechPonyfill() {
    // Speech in and out through the browser where it exists, for people who prefer not to type.
    var hasRecognition = 'SpeechRecognition' in window || 'webkitSpeechRecognition' in window;
    if (!hasRecognition || !('speechSynthesis' in window)) return undefined;
    try {
      return await window.WebChat.createBrowserWebSpeechPonyfillFactory();
    } catch (error) {
      return undefined;
    }
  }

  var styleOptions = {
    accent: '#005a7d',
    primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif',
    fontSizeSmall: '80%',
    backgroundColor: '#ffffff',
    bubbleBackground: '#eef3f5',
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#005a7d',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBorderWidth: 0,
    bubbleMinHeight: 36,
    botAvatarInitials: 'TB',
    botAvatarBackgroundColor: '#005a7d',
    userAvatarInitials: 'Du',
    userAvatarBackgroundColor: '#4a555c',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005a7d',
    suggestedActionTextColor: '#003f58',
    suggestedActionBorderRadius: 20,
    suggestedActionHeight: 44,
    sendBoxHeight: 52,
    sendBoxButtonColor: '#005a7d',
    sendBoxPlaceholderColor: '#4a555c',
    timestampColor: '#4a555c',
    subtle: '#4a555c',
    hideUploadButton: false,
    transcriptVisualKeyboardIndicatorColor: '#b3410e',
    transcriptActivityVisualKeyboardIndicatorColor: '#b3410e'
  };

  // The conversation is gone on the server: forget it here and start a fresh one (a reload starts a new conversation).
  function startFresh() {
    window.sessionStorage.removeItem(storageKey);
    window.sessionStorage.setItem(erasedKey, '1');
    window.location.reload();
  }

  async function start() {
    if (window.sessionStorage.getItem(erasedKey)) {
      window.sessionStorage.removeItem(erasedKey);
      showStatus(erasedText);
    }

    var conversation;
    try {
      conversation = await obtainConversation();
    } catch (error) {
      showStatus('Der Chat ist gerade nicht erreichbar. Bitte versuch es später noch einmal.');
      return;
    }

    var directLineOptions = { domain: domain, token: conversation.token, webSocket: webSocket };
    if (conversation.resume) {
      // No watermark: the whole conversation comes back, so a reload shows the history again.
      directLineOptions.conversationId = conversation.conversationId;
    }
    var directLine = window.WebChat.createDirectLine(directLineOptions);

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          // "Lösche meine Daten" + "ja": the bot's confirmation says the conversation is erased.
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity.channelData
            && action.payload.activity.channelData[erasedProperty] === true) {
            startFresh();
            return next(action);
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' || action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            save({
              token: directLine.token || conversation.token,
              conversationId: directLine.conversationId || conversation.conversationId,
              watermark: directLine.watermark,
              userId: conversation.userId
            });
          }
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: conversation.userId,
      username: 'Du',
      locale: 'de-DE',
      styleOptions: styleOptions,
      webSpeechPonyfillFactory: await speechPonyfill()
    }, chatElement);

    document.getElementById('talk-to-human').addEventListener('click', function () {
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: humanText } });
    });

    document.getElementById('delete-data').addEventListener('click', async function () {
      var saved = load();
      if (!saved || !saved.conversationId) {
        startFresh();
        return;
      }
      try {
        var response = await fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId), {
          method: 'DELETE',
          headers: { Authorization: 'Bearer ' + (directLine.token || saved.token) }
        });
        // 404: nothing of it is left on the server.
        if (!response.ok && response.status !== 404) throw new Error('HTTP ' + response.status);
      } catch (error) {
        showStatus('Das Löschen hat gerade nicht geklappt. Bitte versuch es gleich noch einmal.');
        return;
      }
      startFresh();
    });

    window.trierBotChat = { directLine: directLine, store: store };
  }

  start();
})();
