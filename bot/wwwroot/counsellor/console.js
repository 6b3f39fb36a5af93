// The counsellor console. Everything users typed is put into the page with textContent, never as HTML.
// Live updates come as Server-Sent Events (EventSource reconnects by itself); the lists are re-read on each update.
(function () {
  'use strict';
  const api = '/counsellor/api';
  const state = { me: null, token: '', queue: [], open: new Map(), colleagues: [] };
  const $ = (id) => document.getElementById(id);
  const roleLabel = { user: 'Person im Chat', bot: 'TrierBot', counsellor: 'Beratung', note: 'Interne Notiz' };
  const statusLabel = { waiting: 'wartet', active: 'im Gespräch', closed: 'beendet oder weitergegeben', abandoned: 'abgebrochen – die Person hat den Chat verlassen' };

  async function call(method, path, body) {
    const response = await fetch(api + path, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' ? {} : { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': state.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) { window.location.href = '/counsellor/login'; throw new Error('login'); }
    if (!response.ok) throw new Error(method + ' ' + path + ': ' + response.status);
    return response.status === 204 ? null : response.json();
  }

  function text(element, value) { element.textContent = value == null ? '' : String(value); return element; }

  function summaryText(c) {
    const s = c.summary || {};
    const parts = [];
    if (s.topic) parts.push('Thema: ' + (s.topicLabel || s.topic));
    if (s.age) parts.push('Alter: ' + s.age);
    if (s.district) parts.push('Stadtteil: ' + s.district);
    if (s.searched) parts.push('Gesucht: ' + s.searched);
    if (s.language) parts.push('Sprache: ' + s.language);
    parts.push('Kanal: ' + c.channel);
    return parts.join(' · ');
  }

  function waitingText(c) {
    const minutes = Math.floor((Date.now() - Date.parse(c.queuedUtc)) / 60000);
    return minutes < 1 ? 'seit weniger als 1 Min.' : 'seit ' + minutes + ' Min.';
  }

  // ---- queue

  async function loadQueue() {
    state.queue = await call('GET', '/queue');
    const list = $('queue');
    list.replaceChildren();
    for (const c of state.queue) {
      const item = $('queue-item').content.firstElementChild.cloneNode(true);
      item.dataset.caseId = c.id;
      item.classList.add(c.status);
      text(item.querySelector('.team'), c.team);
      text(item.querySelector('.status'), statusLabel[c.status] + (c.counsellorName ? ' (' + c.counsellorName + ')' : '') + (c.assignedTo ? ' → ' + c.assignedTo : ''));
      text(item.querySelector('.waiting'), waitingText(c));
      text(item.querySelector('.summary'), summaryText(c));
      item.querySelector('.watch').addEventListener('click', () => openConversation(c.id));
      const accept = item.querySelector('.accept');
      accept.hidden = c.status !== 'waiting';
      accept.addEventListener('click', () => accept_(c.id));
      list.append(item);
    }
    $('queue-empty').hidden = state.queue.length > 0;
    for (const id of state.open.keys()) refreshHeader(id);
  }

  // ---- conversations (several at once)

  async function openConversation(id) {
    if (!state.open.has(id)) {
      const view = $('conversation').content.firstElementChild.cloneNode(true);
      view.dataset.caseId = id;
      state.open.set(id, { view, typingTimer: null });
      wireConversation(id, view);
      $('conversations').prepend(view);
      $('no-conversation').hidden = true;
    }
    // Lines that arrive live while the transcript is read must survive the redraw: the read may predate them.
    const reading = state.open.get(id);
    reading.reads = (reading.reads || 0) + 1;
    reading.live = reading.live || [];
    let c, transcript;
    try {
      ({ case: c, transcript } = await call('GET', '/cases/' + encodeURIComponent(id)));
    } finally {
      reading.reads--;
    }
    const entry = state.open.get(id);
    if (!entry) return;
    entry.case = c;
    const live = entry.live || [];
    if (entry.reads === 0) entry.live = null;
    const list = entry.view.querySelector('.transcript');
    list.replaceChildren();
    entry.shown = new Set();
    for (const line of transcript) appendLine(id, line);
    for (const line of [...live].sort((a, b) => a.id - b.id)) appendLine(id, line);
    refreshHeader(id);
    entry.view.scrollIntoView({ block: 'nearest' });
  }

  function wireConversation(id, view) {
    view.querySelector('.close-view').addEventListener('click', () => {
      state.open.delete(id);
      view.remove();
      $('no-conversation').hidden = state.open.size > 0;
    });
    view.querySelector('.accept').addEventListener('click', () => accept_(id));
    const reply = view.querySelector('.reply');
    const box = reply.elements.text;
    let lastTyping = 0;
    box.addEventListener('input', () => {
      if (Date.now() - lastTyping > 3000) { lastTyping = Date.now(); call('POST', '/cases/' + encodeURIComponent(id) + '/typing').catch(() => {}); }
    });
    box.addEventListener('keydown', (event) => { if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); reply.requestSubmit(); } });
    reply.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = box.value.trim();
      if (!value) return;
      box.value = '';
      await call('POST', '/cases/' + encodeURIComponent(id) + '/messages', { text: value });
    });
    const teams = view.querySelector('select[name=team]');
    for (const team of ['', ...state.me.allTeams]) teams.append(text(new Option(), team || '–'));
    teams.options[0].value = '';
    const colleagues = view.querySelector('select[name=colleague]');
    for (const colleague of state.colleagues.filter((c) => c.login !== state.me.login)) {
      const option = text(new Option(), colleague.name + ' (' + colleague.teams.join(', ') + ')');
      option.value = colleague.login;
      colleagues.append(option);
    }
    view.querySelector('.transfer-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target;
      await call('POST', '/cases/' + encodeURIComponent(id) + '/transfer', { team: form.team.value || null, colleague: form.colleague.value || null, note: form.note.value });
      form.reset();
      view.querySelector('.transfer').open = false;
    });
    view.querySelector('.handback').addEventListener('click', () => call('POST', '/cases/' + encodeURIComponent(id) + '/handback'));
  }

  function refreshHeader(id) {
    const entry = state.open.get(id);
    if (!entry) return;
    const c = state.queue.find((q) => q.id === id) || entry.case;
    if (!c) return;
    entry.case = c;
    const closed = !state.queue.some((q) => q.id === id);
    const status = closed ? 'closed' : c.status;
    const mine = status === 'active' && c.counsellor === state.me.login;
    // A case that left the queue is read once more, so the view can say why (e.g. the person left).
    if (closed && !entry.closedRead) {
      entry.closedRead = true;
      call('GET', '/cases/' + encodeURIComponent(id)).then((fresh) => { entry.case = fresh.case; refreshHeader(id); }).catch(() => {});
    }
    const abandoned = closed && c.closedReason === 'abandoned';
    text(entry.view.querySelector('.title'), c.team + ' · ' + (c.summary && c.summary.topic ? (c.summary.topicLabel || c.summary.topic) : 'ohne Thema'));
    text(entry.view.querySelector('.state'), (abandoned ? statusLabel.abandoned : statusLabel[status]) + (mine ? ' – bei dir' : c.counsellorName && !closed ? ' – bei ' + c.counsellorName : ''));
    text(entry.view.querySelector('.summary'), summaryText(c));
    entry.view.dataset.status = status;
    entry.view.classList.toggle('mine', mine);
    entry.view.querySelector('.reply').hidden = !mine;
    entry.view.querySelector('.handback').hidden = !mine;
    entry.view.querySelector('.transfer').hidden = status === 'closed';
    entry.view.querySelector('.accept').hidden = status !== 'waiting';
  }

  function appendLine(id, line) {
    const entry = state.open.get(id);
    if (!entry) return;
    if (entry.live) entry.live.push(line);
    if (!entry.shown) entry.shown = new Set();
    if (entry.shown.has(line.id)) return;
    entry.shown.add(line.id);
    const item = document.createElement('li');
    item.className = 'line ' + line.role;
    const who = document.createElement('span');
    who.className = 'who';
    text(who, line.role === 'counsellor' || line.role === 'note' ? (roleLabel[line.role] + ': ' + line.name) : roleLabel[line.role] || line.role);
    const body = document.createElement('span');
    body.className = 'text';
    text(body, line.text);
    item.append(who, body);
    const list = entry.view.querySelector('.transcript');
    list.append(item);
    list.scrollTop = list.scrollHeight;
    if (line.role === 'user') entry.view.querySelector('.typing').hidden = true;
  }

  function showTyping(id) {
    const entry = state.open.get(id);
    if (!entry) return;
    const typing = entry.view.querySelector('.typing');
    typing.hidden = false;
    clearTimeout(entry.typingTimer);
    entry.typingTimer = setTimeout(() => { typing.hidden = true; }, 5000);
  }

  async function accept_(id) {
    try {
      await call('POST', '/cases/' + encodeURIComponent(id) + '/accept');
    } catch (error) {
      alert('Dieses Gespräch hat schon jemand anderes angenommen.');
    }
    await loadQueue();
    await openConversation(id);
  }

  // ---- callback requests

  async function loadCallbacks() {
    const requests = await call('GET', '/callbacks');
    const list = $('callbacks');
    list.replaceChildren();
    for (const r of requests.filter((x) => !x.done)) {
      const item = document.createElement('li');
      const what = document.createElement('div');
      text(what, (r.kind === 'phone' ? 'Rückruf: ' : 'E-Mail: ') + r.contact);
      const about = document.createElement('div');
      about.className = 'muted';
      text(about, r.team + (r.topic ? ' · ' + (r.topicLabel || r.topic) : '') + ' · ' + new Date(r.createdUtc).toLocaleString('de-DE'));
      const done = text(document.createElement('button'), 'Erledigt');
      done.type = 'button';
      done.addEventListener('click', async () => { await call('POST', '/callbacks/' + encodeURIComponent(r.id) + '/done'); });
      item.append(what, about, done);
      list.append(item);
    }
    $('callbacks-empty').hidden = list.children.length > 0;
  }

  // The person deleted their data (or retention did): the case and its transcript leave the console too.
  function forget(id) {
    const entry = state.open.get(id);
    if (entry) {
      state.open.delete(id);
      entry.view.remove();
      $('no-conversation').hidden = state.open.size > 0;
    }
    loadQueue();
    loadCallbacks();
  }

  // ---- live updates

  function connect() {
    const source = new EventSource(api + '/events');
    source.onopen = () => { $('live').classList.add('on'); loadQueue(); loadCallbacks(); };
    source.onerror = () => { $('live').classList.remove('on'); };
    source.onmessage = (event) => {
      const update = JSON.parse(event.data);
      if (update.kind === 'queue') loadQueue();
      else if (update.kind === 'callbacks') loadCallbacks();
      else if (update.kind === 'line') appendLine(update.caseId, update.data);
      else if (update.kind === 'typing') showTyping(update.caseId);
      else if (update.kind === 'erased') forget(update.caseId);
    };
  }

  async function start() {
    state.me = await call('GET', '/me');
    state.token = state.me.antiforgeryToken;
    state.colleagues = await call('GET', '/colleagues');
    text($('me'), state.me.name + ' · ' + state.me.teams.join(', '));
    $('logout').addEventListener('click', async () => { await call('POST', '/logout'); window.location.href = '/counsellor/login'; });
    // Waiting times tick without asking the server.
    setInterval(() => {
      for (const item of $('queue').children) {
        const c = state.queue.find((q) => q.id === item.dataset.caseId);
        if (c) text(item.querySelector('.waiting'), waitingText(c));
      }
    }, 30000);
    await loadQueue();
    await loadCallbacks();
    connect();
  }

  start();
})();
