namespace YouthJustice.Interchange.Json;

/// <summary>
/// What every streamed JSON document of ours shares, whatever its items: a top-level object with a <c>schema</c>
/// checked first; by default a <c>service</c>, one streamed list of items (children, or YJAF child documents),
/// <c>populations</c> and <c>boardAttendance</c>; each field read once; and the same account of a document that is
/// empty, not an object, stops being JSON, or holds an item too large or not UTF-8. A subclass says what its items
/// are and how each is read, and may route other fields (<see cref="Route"/>).
/// </summary>
/// <param name="itemsName">The name of the streamed list of items: <c>children</c>, <c>documents</c> or <c>measures</c>.</param>
/// <param name="documentWords">The document in words, for messages: "a case-level document".</param>
/// <param name="expectedSchema">The schema the document must have.</param>
/// <param name="acceptedSchemaWords">What the reader accepts as schema, for the message when another is given.</param>
/// <param name="shapeWords">What the document is, for the message when the input is not an object.</param>
internal abstract class TopLevelJsonHandler(string itemsName, string documentWords, string expectedSchema, string acceptedSchemaWords, string shapeWords) : IJsonScanHandler
{
    private readonly HashSet<string> _properties = [];

    /// <summary>Where issues go.</summary>
    protected abstract IssueLog Log { get; }

    /// <summary>A <c>schema</c> property was seen (readable or not).</summary>
    protected bool SchemaSeen { get; private set; }

    /// <summary>The schema was not the expected one: nothing more is read.</summary>
    protected bool SchemaRefused { get; private set; }

    /// <summary>The <c>service</c> property was seen (readable or not).</summary>
    protected bool ServiceSeen { get; private set; }

    /// <summary>Nothing could be read at all (empty, not an object, not JSON from the start).</summary>
    protected bool Unreadable { get; private set; }

    /// <inheritdoc />
    public PropertyAction OnProperty(string name)
    {
        if (SchemaRefused)
        {
            return PropertyAction.Stop;
        }

        if (!_properties.Add(name))
        {
            Log.Error(IssueCodes.DuplicateField, InputLocation.Json(name), null, $"The field '{name}' appears more than once; only the first is read.");
            return PropertyAction.Skip;
        }

        if (Route(name) is { } action)
        {
            return action;
        }

        Log.Warning(IssueCodes.UnknownField, InputLocation.Json(name), null, $"'{name}' is not a field of {documentWords}; it was ignored.");
        return PropertyAction.Skip;
    }

    /// <inheritdoc />
    public void OnValue(string name, JsonElement value)
    {
        if (name != RecordLayout.Schema)
        {
            ServiceSeen |= name == RecordLayout.Service;
            OnField(name, value);
            return;
        }

        SchemaSeen = true;
        if (value.ValueKind != JsonValueKind.String || value.GetString() != expectedSchema)
        {
            var given = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            RefuseSchema(given, $"The document's schema is '{given}'; this reader reads {acceptedSchemaWords} only, so nothing was read.");
        }
    }

    /// <inheritdoc />
    public abstract void OnElement(string name, int index, JsonElement element);

    /// <inheritdoc />
    public void OnElementTooLarge(string name, int index, long limit)
    {
        var where = index < 0 ? name : Path(name, index);
        Log.Error(IssueCodes.ItemTooLarge, InputLocation.Json(where), null, string.Create(CultureInfo.InvariantCulture, $"'{where}' is larger than the limit of {limit} bytes for one item; it was skipped."));
        if (index >= 0)
        {
            Reject(name, IssueCodes.ItemTooLarge);
        }
    }

    /// <inheritdoc />
    public void OnElementNotUtf8(string name, int index)
    {
        var where = index < 0 ? name : Path(name, index);
        Log.Error(IssueCodes.NotJson, InputLocation.Json(where), null, $"'{where}' holds bytes that are not UTF-8 text; it was skipped.");
        if (index >= 0)
        {
            Reject(name, IssueCodes.NotJson);
        }
        else if (name == RecordLayout.Schema)
        {
            SchemaSeen = true;
            SchemaRefused = true;
        }
        else if (name == RecordLayout.Service)
        {
            ServiceSeen = true;
        }
    }

    /// <inheritdoc />
    public void OnNotArray(string name, JsonTokenType token)
        => Log.Error(IssueCodes.WrongType, InputLocation.Json(name), null, $"'{name}' must be a list; found {Describe(token)}.");

    /// <inheritdoc />
    public void OnRootNotObject(JsonTokenType token)
    {
        Unreadable = true;
        Log.Error(IssueCodes.WrongType, InputLocation.Document, null, $"{shapeWords}; found {Describe(token)}.");
    }

    /// <inheritdoc />
    public void OnEmpty()
    {
        Unreadable = true;
        Log.Error(IssueCodes.EmptyDocument, InputLocation.Document, null, "The document is empty.");
    }

    /// <inheritdoc />
    public void OnSyntaxError(string? arrayName, int? index, long? line, long? bytePositionInLine, string reason)
    {
        var path = arrayName is null ? string.Empty : index is { } i ? Path(arrayName, i) : arrayName;
        if (arrayName is not null && index is not null)
        {
            Reject(arrayName, IssueCodes.NotJson);
        }

        var atStart = _properties.Count == 0;
        Unreadable |= atStart;
        Log.Error(
            IssueCodes.NotJson,
            InputLocation.JsonPosition(path, line, bytePositionInLine),
            null,
            atStart ? $"The input is not JSON: {reason}" : $"The document stops being valid JSON here: {reason} Nothing after this point was read.");
    }

    /// <inheritdoc />
    public void OnReadFailed(string reason)
        => Log.Error(IssueCodes.ReadFailed, InputLocation.Document, null, $"The document could not be read: {reason}");

    /// <summary>
    /// What to do with the top-level field <paramref name="name"/> (seen for the first time), or
    /// <see langword="null"/> when it is not a field of the document (it is then skipped with a warning). By default
    /// <c>schema</c> and <c>service</c> are read whole and the items, <c>populations</c> and <c>boardAttendance</c>
    /// are streamed.
    /// </summary>
    protected virtual PropertyAction? Route(string name)
    {
        if (name is RecordLayout.Schema or RecordLayout.Service)
        {
            return PropertyAction.Read;
        }

        return name == itemsName || name is RecordLayout.Populations or RecordLayout.BoardAttendance ? PropertyAction.Stream : null;
    }

    /// <summary>The whole value of a field other than <c>schema</c> that <see cref="Route"/> chose to read.</summary>
    protected abstract void OnField(string name, JsonElement value);

    /// <summary>Whether the top-level field <paramref name="name"/> was met (readable or not).</summary>
    protected bool HasProperty(string name) => _properties.Contains(name);

    /// <summary>Refuses the document for its schema: the issue is logged at <c>schema</c> and nothing more is read.</summary>
    /// <param name="given">The schema given, if any.</param>
    /// <param name="message">Why the document is refused.</param>
    protected void RefuseSchema(string? given, string message)
    {
        SchemaRefused = true;
        Log.Error(IssueCodes.WrongSchema, InputLocation.Json(RecordLayout.Schema), given, message);
    }

    /// <summary>An element of a streamed list that could not be read at all: counted as seen and rejected.</summary>
    protected abstract void Reject(string arrayName, string code);

    /// <summary>The JSON path of a list's element: <c>children[3]</c>.</summary>
    protected static string Path(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "something else",
    };
}
