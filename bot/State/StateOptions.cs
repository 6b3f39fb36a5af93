namespace TrierBot.State;

/// <summary>Where bot state lives (section <c>State</c>).</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>LiteDB file for conversation and user state; relative paths are under the working directory.</summary>
    public string DatabasePath { get; set; } = "data/state.db";
}
