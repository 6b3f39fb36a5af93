namespace TrierBot.State;

/// <summary>Where bot state lives (section <c>State</c>).</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>LiteDB file for conversation and user state; relative paths are under the working directory.</summary>
    public string DatabasePath { get; set; } = "data/state.db";

    /// <summary>
    /// Conversation and user state (with the recent messages kept for a hand-off) is deleted after this many days
    /// without a message. Fractions are allowed (tests use seconds).
    /// </summary>
    public double RetentionDays { get; set; } = 30;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
