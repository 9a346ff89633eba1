using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// One item object of a YJAF child document, read through the field names of our own format so that the shared
/// record mapping (<see cref="CaseMapper"/>) applies unchanged: a field of ours (<c>start</c>) is read from its YJAF
/// field (<c>kpi3SENDStartDate</c>), and every issue names the YJAF field and its JSON path. A few of our fields have
/// no YJAF field of their own and are given a value worked out from the item (<see cref="Set"/>: a YJB sentence
/// turned into our name, <c>LOCAL</c>/<c>OTHER</c> into true/false, linked ids).
/// </summary>
internal sealed class YjafRecord : RecordReader
{
    /// <summary>The prefix of a field name that is a YJAF name as written, not one of ours.</summary>
    private const string AsWritten = "@";

    private readonly string _path;
    private readonly IReadOnlyDictionary<string, string> _names;
    private JsonProperties? _properties = new();
    private Dictionary<string, RawValue>? _set;
    private Dictionary<string, IReadOnlyList<string>>? _lists;

    /// <param name="element">The item object.</param>
    /// <param name="path">Its JSON path (<c>documents[2].items[5].document_item</c>).</param>
    /// <param name="names">Our field name to the YJAF field name, for the fields that differ.</param>
    /// <param name="known">Every YJAF field of the item type, used or not; any other is warned about as ignored.</param>
    /// <param name="log">Where issues go.</param>
    /// <param name="childId">The child's id, when known.</param>
    internal YjafRecord(JsonElement element, string path, IReadOnlyDictionary<string, string> names, IReadOnlySet<string> known, IssueLog log, string? childId)
        : base(log, childId)
    {
        _path = path;
        _names = names;
        IsObject = element.ValueKind == JsonValueKind.Object;
        if (!IsObject)
        {
            var raw = RawValue.Of(element);
            Error(IssueCodes.WrongType, null, raw.Text, $"'{path}' must be an object; found {Describe(raw)}.");
            return;
        }

        var unknown = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (Properties.Contains(name) || unknown.Contains(name))
            {
                Error(IssueCodes.DuplicateField, AsWritten + name, null, $"The field '{name}' appears more than once.");
                continue;
            }

            if (!known.Contains(name))
            {
                unknown.Add(name);
                Warning(IssueCodes.UnknownField, AsWritten + name, null, $"'{name}' is not a field of this YJAF item; it was ignored.");
                continue;
            }

            Properties.Add(name, property.Value);
        }
    }

    internal bool IsObject { get; }

    /// <summary>
    /// Whether the item's values were let go (<see cref="Release"/>): what is left is its place, for the issues that
    /// later checks (of the whole child) raise at it.
    /// </summary>
    internal bool IsReleased => _properties is null;

    protected override bool IsTyped => true;

    internal override InputLocation Location(string? field)
        => InputLocation.Json(field is null ? _path : _path + "." + Name(field));

    internal override string Name(string field)
        => field.StartsWith(AsWritten, StringComparison.Ordinal) ? field[1..] : _names.TryGetValue(field, out var name) ? name : field;

    internal override bool Has(string field) => _set?.ContainsKey(field) == true || Properties.Contains(Name(field));

    /// <summary>Gives our field <paramref name="field"/> a worked-out value (it is then not read from the item).</summary>
    internal void Set(string field, RawValue value) => (_set ??= new(StringComparer.Ordinal))[field] = value;

    /// <summary>Gives the list field <paramref name="field"/> (<c>offenceIds</c>) its items, from the document's link items.</summary>
    internal void SetList(string field, IReadOnlyList<string> items) => (_lists ??= new(StringComparer.Ordinal))[field] = items;

    /// <summary>The raw value of a YJAF field, by its YJAF name.</summary>
    internal RawValue YjafRaw(string yjafField) => Properties.TryGet(yjafField, out var value) ? RawValue.Of(value) : RawValue.Missing;

    /// <summary>The value of a YJAF field, by its YJAF name, when it is an object or list.</summary>
    internal JsonElement? YjafElement(string yjafField) => Properties.TryGet(yjafField, out var value) ? value : null;

    /// <summary>An error about a YJAF field (by its YJAF name).</summary>
    internal void YjafError(string code, string yjafField, string? value, string reason) => Error(code, AsWritten + yjafField, value, reason);

    /// <summary>A warning about a YJAF field (by its YJAF name).</summary>
    internal void YjafWarning(string code, string yjafField, string? value, string reason) => Warning(code, AsWritten + yjafField, value, reason);

    internal override IReadOnlyList<string>? TextList(string field)
        => _lists is not null && _lists.TryGetValue(field, out var items) ? items : [];

    protected override RawValue Raw(string field)
    {
        if (_set is not null && _set.TryGetValue(field, out var value))
        {
            return value;
        }

        return Properties.TryGet(Name(field), out var element) ? RawValue.Of(element) : RawValue.Missing;
    }

    /// <summary>
    /// Lets go of the item's values once the item is mapped. A child's records are kept until the end of the input
    /// (a later document may supersede them), to say where a check of the whole child failed; without this each kept
    /// record would also hold its values, three times the memory of our own reader (decision YJ-17).
    /// </summary>
    internal void Release()
    {
        _properties = null;
        _set = null;
        _lists = null;
    }

    private JsonProperties Properties
        => _properties ?? throw new InvalidOperationException("This YJAF item's values were released once it was read; only its place is kept.");

    internal static string Path(string parent, string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}.{field}[{index}]");
}
