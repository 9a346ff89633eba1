namespace YouthJustice.Interchange.Quality;

/// <summary>One breach of a data-quality rule found in a child's case, before it is given a place in the input.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Kind">The kind of record (<see cref="InputItemKind.Child"/> for the child itself).</param>
/// <param name="Index">The record's position among the child's records of that kind (ignored for the child).</param>
/// <param name="Field">The JSON name of the field concerned.</param>
/// <param name="Value">The offending value, if any.</param>
/// <param name="Reason">The reason in plain words.</param>
internal readonly record struct QualityFinding(DataQualityRule Rule, InputItemKind Kind, int Index, string Field, string? Value, string Reason);
