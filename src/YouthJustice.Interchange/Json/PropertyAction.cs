namespace YouthJustice.Interchange.Json;

/// <summary>What a <see cref="JsonStreamScanner"/> does with the value of a top-level property.</summary>
internal enum PropertyAction
{
    /// <summary>Parse the whole value and hand it over (small values: the schema, the service).</summary>
    Read,

    /// <summary>The value must be an array: hand over its elements one at a time (children, populations ...).</summary>
    Stream,

    /// <summary>Skip the value without holding it.</summary>
    Skip,

    /// <summary>Stop reading the document.</summary>
    Stop,
}
