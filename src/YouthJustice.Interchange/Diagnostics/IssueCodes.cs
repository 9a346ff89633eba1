using System.Collections.Frozen;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// The stable codes of every <see cref="InputIssue"/> the readers report. A code never changes meaning and is never
/// reused; docs/interchange.md lists each with the exact message a user gets. Data-quality codes (<c>DQ-</c>) are
/// described by <c>DataQualityRule</c>.
/// </summary>
public static class IssueCodes
{
    /// <summary>The input is not JSON (or stops being JSON part-way): reading stops at that point.</summary>
    public const string NotJson = "IX-JSON-001";

    /// <summary>The <c>schema</c> property is missing or is not <c>youthjustice-caselevel/1</c>: nothing is read.</summary>
    public const string WrongSchema = "IX-JSON-002";

    /// <summary>A field has the wrong JSON type (text where a number is expected, an object where a list is expected ...).</summary>
    public const string WrongType = "IX-JSON-003";

    /// <summary>A property that the format does not define; it is ignored (a warning).</summary>
    public const string UnknownField = "IX-JSON-004";

    /// <summary>The same property appears twice in one object.</summary>
    public const string DuplicateField = "IX-JSON-005";

    /// <summary>One child object is larger than the reader's limit for a single child.</summary>
    public const string ItemTooLarge = "IX-JSON-006";

    /// <summary>The input is empty (no bytes, or only white space).</summary>
    public const string EmptyDocument = "IX-JSON-007";

    /// <summary>A required field is missing (or <c>null</c>, or an empty CSV cell).</summary>
    public const string MissingField = "IX-FIELD-001";

    /// <summary>A value is not one of the names (or YJB codes) the field accepts.</summary>
    public const string UnknownValue = "IX-FIELD-002";

    /// <summary>A date is not an ISO <c>yyyy-MM-dd</c> calendar date.</summary>
    public const string BadDate = "IX-FIELD-003";

    /// <summary>A number is outside the range the field allows (negative hours, a year out of range ...).</summary>
    public const string OutOfRange = "IX-FIELD-004";

    /// <summary>An identifier is blank, too long or has surrounding white space.</summary>
    public const string BadIdentifier = "IX-FIELD-005";

    /// <summary>CSV text that is not a number or a boolean where one is expected.</summary>
    public const string BadText = "IX-FIELD-006";

    /// <summary>A value the domain refuses for a reason not covered by a more precise code.</summary>
    public const string InvalidValue = "IX-FIELD-007";

    /// <summary>An item was well formed but is not kept because the item it belongs to was rejected.</summary>
    public const string ParentRejected = "IX-ITEM-001";

    /// <summary>A required column is missing from a CSV header.</summary>
    public const string MissingColumn = "IX-CSV-001";

    /// <summary>A CSV header has a column the file does not define.</summary>
    public const string UnknownColumn = "IX-CSV-002";

    /// <summary>The table set has no <c>children.csv</c>.</summary>
    public const string MissingChildrenFile = "IX-CSV-003";

    /// <summary>A CSV file is empty (no header line).</summary>
    public const string EmptyFile = "IX-CSV-004";

    /// <summary>A CSV row names a child (or offence) that is not in the table set.</summary>
    public const string OrphanRow = "IX-CSV-005";

    /// <summary>A CSV row has more or fewer fields than the header.</summary>
    public const string WrongFieldCount = "IX-CSV-006";

    /// <summary>A CSV header names the same column twice.</summary>
    public const string DuplicateColumn = "IX-CSV-007";

    /// <summary>A KPI return's value does not match its numerator and denominator (a warning).</summary>
    public const string ValueMismatch = "IX-RET-001";

    /// <summary>A file or folder does not exist.</summary>
    public const string NotFound = "IX-IO-001";

    /// <summary>A file or folder exists but could not be read.</summary>
    public const string ReadFailed = "IX-IO-002";

    /// <summary>A CSV file in the table set's folder that is not one of its files (<c>ETE.csv</c>, <c>education.csv</c>): it
    /// is not read (a warning that loses data).</summary>
    public const string UnknownFile = "IX-CSV-008";

    /// <summary>A YJAF child document left out because a later document of the same child was read (spec/yjaf-case-level.md §1; a warning).</summary>
    public const string YjafSuperseded = "IX-YJAF-001";

    /// <summary>A YJAF child document left out because the child's latest document is marked deleted (a warning).</summary>
    public const string YjafDeleted = "IX-YJAF-002";

    /// <summary>YJAF items read and accepted but not used by our model: hearings without a remand decision (read for first hearing dates only; decision YJ-7) and item types we do not carry (a warning).</summary>
    public const string YjafNotUsed = "IX-YJAF-003";

    /// <summary>A YJAF child document of another YJS than the service being read; it was rejected.</summary>
    public const string YjafOtherService = "IX-YJAF-004";

    /// <summary>A line of a newline-delimited YJAF input that is not a JSON object; that line alone is lost.</summary>
    public const string YjafBadLine = "IX-YJAF-005";

    /// <summary>A YJAF link item (or hearing link) that names an item the document does not hold; the link is rejected.</summary>
    public const string YjafOrphanLink = "IX-YJAF-006";

    /// <summary>
    /// The codes after which the input as a whole cannot be used: nothing was read, reading stopped part-way, or a whole
    /// file of records was refused (not JSON, wrong schema, empty document, an item over the size limit, no
    /// children.csv, a required column missing, an empty CSV file, a file or folder missing or unreadable). A wrong
    /// JSON type is fatal only at the root or for a whole list (<see cref="IsFatal"/>).
    /// </summary>
    public static IReadOnlySet<string> Fatal { get; } = new[]
    {
        NotJson, WrongSchema, EmptyDocument, ItemTooLarge, MissingChildrenFile, MissingColumn, EmptyFile, NotFound, ReadFailed,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Codes of warnings whose data was not read: an unknown field, an extra line or an unknown file.</summary>
    private static readonly FrozenSet<string> LossWarnings = new[] { UnknownField, WrongFieldCount, UnknownFile }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The top-level lists of a case-level document: one of them of the wrong JSON type loses a whole kind.</summary>
    private static readonly FrozenSet<string> TopLevelLists = new[] { "children", "populations", "boardAttendance" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="issue"/> makes the input unusable as a whole: an error with a <see cref="Fatal"/> code, or
    /// a <see cref="WrongType"/> error for the document itself (a root that is a list, <c>null</c> or a number) or for
    /// one of its top-level lists (<c>"children": {}</c>).
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns><see langword="true"/> when no figure should be computed from the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is null.</exception>
    public static bool IsFatal(InputIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Severity != IssueSeverity.Error)
        {
            return false;
        }

        return Fatal.Contains(issue.Code)
               || (issue.Code == WrongType && issue.Location.File is null
                   && (issue.Location.Path is null || issue.Location.Path.Length == 0 || TopLevelLists.Contains(issue.Location.Path)));
    }

    /// <summary>
    /// Whether <paramref name="issue"/> lost data: every error (an item rejected, a column ignored, a read stopped), and
    /// the warnings whose data was not read (<see cref="UnknownField"/>, <see cref="UnknownFile"/>, an extra line of
    /// service.csv). Data-quality warnings (<c>DQ-002</c>, <c>DQ-005</c> ...) keep the data and are not losses.
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns><see langword="true"/> when part of the input is not in what was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is null.</exception>
    public static bool LosesData(InputIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Severity == IssueSeverity.Error || LossWarnings.Contains(issue.Code);
    }
}
