namespace LocalMesh.Specialists.Intents;

/// <summary>One labelled utterance. The label <see cref="IntentModel.OutOfScope"/> marks an out-of-scope example.</summary>
public sealed record IntentExample(string Text, string Intent);
