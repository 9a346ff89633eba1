namespace YouthJustice.Interchange.Json;

/// <summary>
/// One JSON object of the case-level document, read field by field. On construction it reports properties the
/// format does not define (a warning: they are ignored) and properties given twice (an error).
/// </summary>
internal sealed class JsonRecord : RecordReader
{
    private readonly JsonElement _element;
    private readonly JsonItemPath _itemPath;
    private readonly JsonProperties _properties;
    private string? _path;

    internal JsonRecord(JsonElement element, string path, IReadOnlySet<string> knownFields, IssueLog log, string? childId)
        : this(element, path, default, knownFields, log, childId)
    {
    }

    /// <summary>An item of a list, whose path is made only when an issue names it.</summary>
    internal JsonRecord(JsonElement element, JsonItemPath path, IReadOnlySet<string> knownFields, IssueLog log, string? childId)
        : this(element, null, path, knownFields, log, childId)
    {
    }

    private JsonRecord(JsonElement element, string? path, JsonItemPath itemPath, IReadOnlySet<string> knownFields, IssueLog log, string? childId)
        : base(log, childId)
    {
        _element = element;
        _path = path;
        _itemPath = itemPath;
        IsObject = element.ValueKind == JsonValueKind.Object;
        if (!IsObject)
        {
            _properties = new();
            Error(IssueCodes.WrongType, null, RawValue.Of(element).Text, $"'{Path}' must be an object; found {Describe(RawValue.Of(element))}.");
            return;
        }

        // The names of ignored (unknown) fields are kept apart, only when there are any.
        _properties = new(element.GetPropertyCount());
        List<string>? unknown = null;
        var known = JsonFieldNames.Of(knownFields);
        foreach (var property in element.EnumerateObject())
        {
            var name = known.Find(property) ?? property.Name;
            if (_properties.Contains(name) || unknown?.Contains(name) == true)
            {
                Error(IssueCodes.DuplicateField, name, null, $"The field '{name}' appears more than once.");
                continue;
            }

            if (!knownFields.Contains(name))
            {
                (unknown ??= []).Add(name);
                var meant = knownFields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
                Warning(
                    IssueCodes.UnknownField,
                    name,
                    null,
                    meant is null
                        ? $"'{name}' is not a field of this record; it was ignored."
                        : $"'{name}' is not a field of this record; it was ignored. Did you mean '{meant}'? (field names are case-sensitive)");
                continue;
            }

            _properties.Add(name, property.Value);
        }
    }

    internal bool IsObject { get; }

    /// <summary>The record's JSON path (<c>children[3].ete[0]</c>).</summary>
    private string Path => _path ??= _itemPath.ToString();

    protected override bool IsTyped => true;

    internal override InputLocation Location(string? field)
        => InputLocation.Json(field is null ? Path : Path.Length == 0 ? field : Path + "." + field);

    internal override string Name(string field) => field;

    internal override bool Has(string field) => _properties.Contains(field);

    /// <summary>The objects of a list field, with their paths; reports a field that is not a list.</summary>
    internal IEnumerable<(JsonElement Element, JsonItemPath Path)> Items(string field)
    {
        if (!_properties.TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(field, RawValue.Of(value), "a list");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, new JsonItemPath(this, field, index));
            index++;
        }
    }

    /// <summary>The properties of an object field, with their paths; reports a field that is not an object.</summary>
    internal IEnumerable<(string Name, JsonElement Value, string Path)> Properties(string field)
    {
        if (!_properties.TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(field, RawValue.Of(value), "an object");
            yield break;
        }

        foreach (var property in value.EnumerateObject())
        {
            yield return (property.Name, property.Value, $"{Location(field).Path}.{property.Name}");
        }
    }

    internal override IReadOnlyList<string>? TextList(string field)
    {
        if (!_properties.TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(field, RawValue.Of(value), "a list of text");
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                var raw = RawValue.Of(item);
                Error(
                    IssueCodes.WrongType,
                    string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]"),
                    raw.Text,
                    $"'{field}' must be a list of text; item {index} is {Describe(raw)}.");
                return null;
            }

            items.Add(item.GetString()!);
            index++;
        }

        return items;
    }

    protected override RawValue Raw(string field) => _properties.TryGet(field, out var value) ? RawValue.Of(value) : RawValue.Missing;

}
