namespace TrierBot.State;

/// <summary>One write for <see cref="LiteDbGroupCommit"/>: checked and applied on the writer thread, inside the batch's transaction.</summary>
public abstract class GroupWrite
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A reason to refuse this write (e.g. an ETag conflict), or null to apply it.</summary>
    public virtual string? FindConflict() => null;

    public abstract void Apply();

    /// <summary>Runs after the commit, before the writer learns it is done.</summary>
    public virtual void Committed()
    {
    }
}
