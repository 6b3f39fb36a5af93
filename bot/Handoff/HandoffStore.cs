using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// Queue, transcripts, callback requests, pending deletions and counsellor accounts in one LiteDB file.
/// Shared connection mode: the <c>counsellor</c> CLI verb may write accounts while the host runs.
/// Every user turn asks whether its conversation is handed off, so the open cases are also kept in memory.
/// </summary>
public sealed class HandoffStore : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<HandoffCase> _cases;
    private readonly ILiteCollection<TranscriptEntry> _transcript;
    private readonly ILiteCollection<CallbackRequest> _callbacks;
    private readonly ILiteCollection<CounsellorAccount> _accounts;
    private readonly ILiteCollection<PendingDeletion> _deletions;
    private readonly ConcurrentDictionary<string, string> _openCaseIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pendingDeletions = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public HandoffStore(IOptions<HandoffOptions> options)
        : this(options.Value.DatabasePath)
    {
    }

    public HandoffStore(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared }, CreateMapper());
        _cases = _db.GetCollection<HandoffCase>("cases");
        _cases.EnsureIndex(c => c.Status);
        _transcript = _db.GetCollection<TranscriptEntry>("transcript");
        _transcript.EnsureIndex(t => t.CaseId);
        _callbacks = _db.GetCollection<CallbackRequest>("callbacks");
        _accounts = _db.GetCollection<CounsellorAccount>("accounts");
        _deletions = _db.GetCollection<PendingDeletion>("deletions");
        foreach (var open in _cases.Find(c => c.Status != HandoffCaseStatus.Closed))
        {
            _openCaseIds[open.Key] = open.Id;
        }

        foreach (var pending in _deletions.FindAll())
        {
            _pendingDeletions[pending.Id] = true;
        }
    }

    // LiteDB's global mapper registers types lazily and not thread-safely (two stores opened at once broke it):
    // an own mapper with every type registered up front.
    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.ToDocument(new HandoffCase());
        mapper.ToDocument(new TranscriptEntry());
        mapper.ToDocument(new CallbackRequest());
        mapper.ToDocument(new CounsellorAccount());
        mapper.ToDocument(new PendingDeletion());
        return mapper;
    }

    // ---- cases

    /// <summary>The waiting or active case of a conversation, or null (the common, cheap answer).</summary>
    public HandoffCase? FindOpenCase(string channelId, string conversationId) =>
        _openCaseIds.TryGetValue(HandoffCase.KeyOf(channelId, conversationId), out var id) ? FindCase(id) : null;

    public HandoffCase? FindCase(string id) => _cases.FindById(id);

    public void SaveCase(HandoffCase handoffCase)
    {
        lock (_writeLock)
        {
            _cases.Upsert(handoffCase);
            if (handoffCase.Status == HandoffCaseStatus.Closed)
            {
                _openCaseIds.TryRemove(new KeyValuePair<string, string>(handoffCase.Key, handoffCase.Id));
            }
            else
            {
                _openCaseIds[handoffCase.Key] = handoffCase.Id;
            }
        }
    }

    /// <summary>Waiting and active cases, longest waiting first.</summary>
    public IReadOnlyList<HandoffCase> OpenCases() =>
        _cases.Find(c => c.Status != HandoffCaseStatus.Closed).OrderBy(c => c.QueuedUtc).ToList();

    /// <summary>Waiting cases queued before <paramref name="cutoffUtc"/> whose user was not yet told that nobody is free.</summary>
    public IReadOnlyList<HandoffCase> OverdueCases(DateTime cutoffUtc) =>
        _cases.Find(c => c.Status == HandoffCaseStatus.Waiting && !c.OfferMade && c.QueuedUtc < cutoffUtc).ToList();

    // ---- transcript

    public void AddLine(TranscriptEntry line) => _transcript.Insert(line);

    public IReadOnlyList<TranscriptEntry> Transcript(string caseId) =>
        _transcript.Find(t => t.CaseId == caseId).OrderBy(t => t.Id).ToList();

    // ---- callback requests

    public void SaveCallback(CallbackRequest request) => _callbacks.Upsert(request);

    public CallbackRequest? FindCallback(string id) => _callbacks.FindById(id);

    public IReadOnlyList<CallbackRequest> Callbacks() => _callbacks.FindAll().OrderBy(c => c.Done).ThenBy(c => c.CreatedUtc).ToList();

    // ---- pending "delete my data"

    public bool IsDeletionPending(string key) => _pendingDeletions.ContainsKey(key);

    public PendingDeletion? FindDeletion(string key) => _pendingDeletions.ContainsKey(key) ? _deletions.FindById(key) : null;

    public void SaveDeletion(PendingDeletion pending)
    {
        _deletions.Upsert(pending);
        _pendingDeletions[pending.Id] = true;
    }

    public void RemoveDeletion(string key)
    {
        _deletions.Delete(key);
        _pendingDeletions.TryRemove(key, out _);
    }

    /// <summary>
    /// Deletes every case (whatever its state), transcript line, callback request and pending deletion of one
    /// conversation or user; returns the cases as they were.
    /// </summary>
    public IReadOnlyList<HandoffCase> DeleteConversationData(string channelId, string conversationId, string? userId)
    {
        lock (_writeLock)
        {
            var cases = _cases.Find(c => c.ChannelId == channelId && (c.ConversationId == conversationId || (userId != null && c.UserId == userId))).ToList();
            DeleteCases(cases);
            _callbacks.DeleteMany(r => r.ChannelId == channelId && (r.ConversationId == conversationId || (userId != null && r.UserId == userId)));
            RemoveDeletion(HandoffCase.KeyOf(channelId, conversationId));
            return cases;
        }
    }

    /// <summary>
    /// Retention: cases (with their transcripts, also a forgotten waiting one) not changed since <paramref name="cutoffUtc"/>,
    /// callback requests and pending deletions older than that; returns the cases as they were and how many other items went.
    /// </summary>
    public (IReadOnlyList<HandoffCase> Cases, int Others) DeleteOlderThan(DateTime cutoffUtc)
    {
        lock (_writeLock)
        {
            var old = _cases.Find(c => c.UpdatedUtc < cutoffUtc).ToList();
            DeleteCases(old);
            var callbacks = _callbacks.DeleteMany(r => r.CreatedUtc < cutoffUtc);
            var deletions = _deletions.Find(d => d.AskedUtc < cutoffUtc).Select(d => d.Id).ToList();
            deletions.ForEach(RemoveDeletion);
            return (old, callbacks + deletions.Count);
        }
    }

    /// <summary>Moves LiteDB's log into the data file, where deleted content is zeroed: erased text is left in neither.</summary>
    public void Checkpoint() => _db.Checkpoint();

    private void DeleteCases(List<HandoffCase> cases)
    {
        foreach (var c in cases)
        {
            _transcript.DeleteMany(t => t.CaseId == c.Id);
            _cases.Delete(c.Id);
            _openCaseIds.TryRemove(new KeyValuePair<string, string>(c.Key, c.Id));
        }
    }

    // ---- counsellor accounts

    public CounsellorAccount? FindAccount(string login) => _accounts.FindById(login.Trim().ToLowerInvariant());

    public IReadOnlyList<CounsellorAccount> Accounts() => _accounts.FindAll().OrderBy(a => a.Id).ToList();

    public void SaveAccount(CounsellorAccount account)
    {
        account.Id = account.Id.Trim().ToLowerInvariant();
        _accounts.Upsert(account);
    }

    public bool DeleteAccount(string login) => _accounts.Delete(login.Trim().ToLowerInvariant());

    public void Dispose() => _db.Dispose();
}
