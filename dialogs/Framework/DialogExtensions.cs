using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>Runs a root dialog for one turn: continue it if it is active, otherwise begin it.</summary>
public static class DialogExtensions
{
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor,
        object? options = null, CancellationToken cancellationToken = default)
    {
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, options, cancellationToken);
        }

        return result;
    }
}
