using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Json;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>Turns the scanner's events for a YJAF-shaped JSON document into a service's data, one child document at a time.</summary>
internal sealed class YjafJsonHandler() : TopLevelJsonHandler(
    YjafLayout.Documents,
    "a YJAF document",
    YjafReader.Schema,
    $"'{YjafReader.Schema}' (or no schema)",
    "A YJAF document is a JSON object with a list of child documents, \"documents\"")
{
    private readonly YjafServiceBuilder _builder = new();

    /// <inheritdoc />
    protected override IssueLog Log => _builder.Log;

    /// <inheritdoc />
    public override void OnElement(string name, int index, JsonElement element)
    {
        var path = Path(name, index);
        switch (name)
        {
            case YjafLayout.Documents:
                _builder.Document(element, path);
                break;
            case RecordLayout.Populations:
                _builder.Population(element, path);
                break;
            default:
                _builder.BoardAttendance(element, path);
                break;
        }
    }

    internal ReadResult<ServiceData> Result()
        => SchemaRefused ? _builder.Result(IssueCodes.WrongSchema) : _builder.Result();

    /// <summary>The one field read whole besides the schema: the <c>service</c>.</summary>
    /// <param name="name">The field: <c>service</c>.</param>
    /// <param name="value">Its value.</param>
    protected override void OnField(string name, JsonElement value) => _builder.Service(value, RecordLayout.Service);

    /// <inheritdoc />
    protected override void Reject(string arrayName, string code)
    {
        if (arrayName == YjafLayout.Documents)
        {
            _builder.Unreadable(code);
            return;
        }

        var kind = arrayName == RecordLayout.Populations ? InputItemKind.Population : InputItemKind.BoardAttendance;
        _builder.Tally.See(kind);
        _builder.Tally.Reject(kind, code);
    }
}
