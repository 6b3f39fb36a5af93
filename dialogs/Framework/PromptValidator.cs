namespace TrierBot.Dialogs.Framework;

/// <summary>Decides whether a recognized answer is acceptable; false asks again with the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
