namespace TrierBot.Understanding;

/// <summary>Days of the week and parts of the day, as a wish ("abends", "am Wochenende") or an offer's schedule ("Mo + Mi 18–20 Uhr").</summary>
[Flags]
public enum TimeOfWeek
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Morning = 128,
    Afternoon = 256,
    Evening = 512,

    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    Weekend = Saturday | Sunday,
    Days = Weekdays | Weekend,
    Parts = Morning | Afternoon | Evening,
}
