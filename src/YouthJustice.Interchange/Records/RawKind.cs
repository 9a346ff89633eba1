namespace YouthJustice.Interchange.Records;

/// <summary>What kind of value a field holds in the input. CSV cells are always <see cref="Text"/> (or <see cref="Missing"/> when empty).</summary>
internal enum RawKind
{
    Missing,
    Null,
    Text,
    Number,
    Boolean,
    Object,
    Array,
}
