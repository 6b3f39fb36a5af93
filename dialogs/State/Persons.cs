namespace TrierBot.Dialogs.State;

/// <summary>Who an offer is for: the values of <see cref="SearchProfile.ForWhom"/>.</summary>
public static class Persons
{
    public const string Self = "self";
    public const string Child = "child";
    public const string Grandchild = "grandchild";
    public const string Relative = "relative";
    public const string Partner = "partner";
    public const string Pupil = "pupil";
    public const string Client = "client";
    public const string Employee = "employee";
    public const string Group = "group";

    /// <summary>The writer is an adult speaking for someone else: addressed with "Sie".</summary>
    public static bool IsSomeoneElse(string? forWhom) => forWhom is not (null or Self);
}
