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

  // Session storage may be refused (a framing website in a browser that blocks third-party storage): the chat then
  // works without resuming after a reload, instead of not starting at all.
  function recall(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function remember(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
    } catch (error) {
      // nothing to keep it in
    }
  }

  function load() {
    try {
      return JSON.parse(recall(storageKey) || 'null');
    } catch (error) {
      return null;
    }
  }

  function save(state) {
    remember(storageKey, JSON.stringify(state));
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
        remember(storageKey, null);
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
    // Card titles wrap instead of ending in "…": offer and office names are long.
    richCardWrapTitle: true,
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
    remember(storageKey, null);
    remember(erasedKey, '1');
    window.location.reload();
  }

  // ---- who writes: the bot or a person from the counselling team
  // A counsellor's messages carry channelData.role "counsellor" and the name in from.name
  // (bot/Handoff/CounsellorMessages.cs); they get their own avatar, a name label and their own sender group.

  function isCounsellor(activity) {
    return !!(activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.role === 'counsellor');
  }

  function counsellorName(activity) {
    return (activity.from && activity.from.name) || 'Beratung';
  }

  function initialsOf(name) {
    var words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
    if (words.length === 0) return 'B';
    return (words.length > 1 ? words[0].charAt(0) + words[words.length - 1].charAt(0) : words[0].charAt(0)).toUpperCase();
  }

  // The bundle keeps its React to itself; its middleware accepts the plain element objects that React 16's
  // createElement returns, so the few elements below are written as such.
  var reactElement = Symbol.for('react.element');
  function element(type, props) {
    var children = Array.prototype.slice.call(arguments, 2).filter(function (child) { return child !== null && child !== undefined; });
    var all = Object.assign({}, props);
    if (children.length === 1) all.children = children[0];
    else if (children.length > 1) all.children = children;
    return { $$typeof: reactElement, type: type, key: props.key || null, ref: null, props: all, _owner: null };
  }

  var avatarMiddleware = function () {
    return function (next) {
      return function (args) {
        if (!isCounsellor(args.activity)) return next(args);
        var name = counsellorName(args.activity);
        return function () {
          return element('div', { className: 'trierbot-avatar trierbot-avatar--counsellor', 'aria-hidden': 'true' }, initialsOf(name));
        };
      };
    };
  };

  // "Anna · Beratung" under each of a counsellor's messages, before the time.
  var activityStatusMiddleware = function () {
    return function (next) {
      return function (args) {
        var status = next(args);
        if (!isCounsellor(args.activity)) return status;
        return element('span', { className: 'trierbot-sender' },
          element('span', { className: 'trierbot-sender__name', key: 'name' }, counsellorName(args.activity) + ' · Beratung'),
          status ? element('span', { className: 'trierbot-sender__status', key: 'status' }, status) : null);
      };
    };
  };

  // Web Chat groups consecutive messages by role only, so a counsellor's would sit under the bot's avatar.
  function senderOf(activity) {
    return (activity.from && activity.from.role) + (isCounsellor(activity) ? '|' + activity.from.id : '');
  }

  var groupActivitiesMiddleware = function () {
    return function (next) {
      return function (args) {
        var groups = next(args);
        var sender = [];
        args.activities.forEach(function (activity) {
          var last = sender[sender.length - 1];
          if (last && senderOf(last[last.length - 1]) === senderOf(activity)) last.push(activity);
          else sender.push([activity]);
        });
        return Object.assign({}, groups, { sender: sender });
      };
    };
  };

  async function start() {
    if (recall(erasedKey)) {
      remember(erasedKey, null);
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
      avatarMiddleware: avatarMiddleware,
      activityStatusMiddleware: activityStatusMiddleware,
      groupActivitiesMiddleware: groupActivitiesMiddleware,
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
