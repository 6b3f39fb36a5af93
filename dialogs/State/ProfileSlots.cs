namespace TrierBot.Dialogs.State;

/// <summary>Names of the slots the guided topics fill.</summary>
public static class ProfileSlots
{
    public const string ForWhom = nameof(ForWhom);
    public const string Age = nameof(Age);
    public const string SchoolType = nameof(SchoolType);
    public const string Interests = nameof(Interests);
    public const string Path = nameof(Path);
    public const string District = nameof(District);
    public const string When = nameof(When);
    public const string GirlsOnly = nameof(GirlsOnly);
    public const string Subject = nameof(Subject);
}
