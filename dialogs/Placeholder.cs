namespace TrierBot.Dialogs; internal static class Placeholder {}
