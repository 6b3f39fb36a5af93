namespace TrierBot.Dialogs.Framework;

/// <summary>One reading of a date answer: a point (<see cref="Value"/>) or a range (<see cref="Start"/>..<see cref="End"/>), with its TIMEX.</summary>
public sealed class DateTimeResolution
{
    public string Timex { get; set; } = "";

    public string? Value { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
