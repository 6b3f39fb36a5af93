namespace TrierBot.Dialogs.Conversations;

/// <summary>Questions on the way that the engine answers before it goes on (<see cref="MessageReading.Question"/>).</summary>
public static class QuestionKinds
{
    public const string Cost = "cost";
    public const string Registration = "registration";
    public const string When = "when";
    public const string Where = "where";
    public const string Anonymity = "anonymity";
    public const string WhatIsMint = "whatIsMint";
    /// <summary>Any other question: the FAQ may answer it.</summary>
    public const string Other = "other";
}
