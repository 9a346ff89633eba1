namespace YouthJustice.Interchange.Json;

/// <summary>What a <see cref="JsonStreamScanner"/> tells its reader as it walks a document's top-level object.</summary>
internal interface IJsonScanHandler
{
    /// <summary>A top-level property starts; the handler says what to do with its value.</summary>
    PropertyAction OnProperty(string name);

    /// <summary>The whole value of a property the handler chose to <see cref="PropertyAction.Read"/>.</summary>
    void OnValue(string name, JsonElement value);

    /// <summary>One element of an array property the handler chose to <see cref="PropertyAction.Stream"/>.</summary>
    void OnElement(string name, int index, JsonElement element);

    /// <summary>An element larger than the limit for one item; it was skipped.</summary>
    void OnElementTooLarge(string name, int index, long limit);

    /// <summary>A value whose bytes are well-formed JSON but not UTF-8 text; it was skipped (index -1 for a property's value).</summary>
    void OnElementNotUtf8(string name, int index);

    /// <summary>A property to <see cref="PropertyAction.Stream"/> whose value is not an array; it was skipped.</summary>
    void OnNotArray(string name, JsonTokenType token);

    /// <summary>The document is not an object.</summary>
    void OnRootNotObject(JsonTokenType token);

    /// <summary>The document is empty or only white space.</summary>
    void OnEmpty();

    /// <summary>The document stops being JSON; nothing after this point is read.</summary>
    /// <param name="arrayName">The streamed array being read, if any.</param>
    /// <param name="index">The element being read when parsing failed, if any.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte in the line.</param>
    /// <param name="reason">What the parser found.</param>
    void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason);

    /// <summary>The stream could not be read.</summary>
    void OnReadFailed(string reason);
}
