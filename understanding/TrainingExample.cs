namespace TrierBot.Understanding;

/// <summary>One line of the training file: an utterance, its intent, and the entities it is annotated with.</summary>
public sealed record TrainingExample(string Text, string Intent, AnnotatedEntities Entities);
