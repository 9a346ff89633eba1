using NodaTime;
using NodaTime.Text;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Time;

namespace YouthJustice.Interchange.Yjaf;

/// <summary>
/// One child document of a YJAF-shaped input, read: its header (ypid, YJS code, return period, deleted flag) and its
/// items mapped onto a <see cref="ChildAssembler"/>. Its issues are kept in its own log, and reach the result only if
/// the document is the one used for its child (the pipeline's record rules, decision YJ-1).
/// </summary>
internal sealed class YjafDocument
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private YjafDocument(string path, int order)
    {
        Path = path;
        Order = order;
    }

    internal string Path { get; }

    private YjafRecord? _person;

    /// <summary>The document's place in the input (the last tie-breaker: a later document wins).</summary>
    internal int Order { get; }

    internal IssueLog Log { get; } = new();

    internal string? Ypid { get; private set; }

    internal string? Yotoucode { get; private set; }

    internal bool Deleted { get; private set; }

    internal LocalDate? ReturnStart { get; private set; }

    internal LocalDate? ReturnEnd { get; private set; }

    internal LocalDate? Signoff { get; private set; }

    internal string? SourceReturnId { get; private set; }

    /// <summary>The child, when the header could be read.</summary>
    internal ChildAssembler? Child { get; private set; }

    /// <summary>The hearing, link and other items (the child's own kinds are counted by <see cref="Child"/>).</summary>
    internal ReadTally Extra { get; } = new();

    /// <summary>Items of types our model does not carry, by type.</summary>
    internal SortedDictionary<string, int> NotCarried { get; } = new(StringComparer.Ordinal);

    /// <summary>Hearings with a remand decision that could not be carried (no hearing date): read, not used.</summary>
    internal int RemandDecisions { get; private set; }

    /// <summary>The code of the error that makes the header unusable, or null.</summary>
    internal string? HeaderError { get; private set; }

    /// <summary>Whether this document is later than <paramref name="other"/> by the order of spec/yjaf-case-level.md §1.</summary>
    internal bool IsLaterThan(YjafDocument other)
    {
        var byDates = Compare(ReturnStart, other.ReturnStart);
        if (byDates == 0)
        {
            byDates = Compare(ReturnEnd, other.ReturnEnd);
        }

        if (byDates == 0)
        {
            byDates = Compare(Signoff, other.Signoff);
        }

        if (byDates == 0)
        {
            byDates = string.CompareOrdinal(SourceReturnId ?? string.Empty, other.SourceReturnId ?? string.Empty);
        }

        return byDates == 0 ? Order > other.Order : byDates > 0;
    }

    /// <summary>Reads a child document.</summary>
    internal static YjafDocument Read(JsonElement element, string path, int order)
    {
        var document = new YjafDocument(path, order);
        document.ReadDocument(element);
        // Built now and held until the end of the input: the child, not its records (decision YJ-17). The child's own
        // record stays as the place of any later issue about the whole child, without its values.
        document.Child?.Complete();
        document._person?.Release();
        document._person = null;
        return document;
    }

    private static int Compare(LocalDate? a, LocalDate? b)
        => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => a.Value.CompareTo(b.Value),
        };

    private void ReadDocument(JsonElement element)
    {
        var header = new YjafRecord(element, Path, YjafLayout.None, YjafLayout.HeaderFields, Log, null);
        if (!header.IsObject)
        {
            HeaderError = header.FirstErrorCode;
            return;
        }

        Ypid = header.Text(YjafLayout.Ypid, required: true);
        header.ChildId = Ypid;
        Yotoucode = header.Text(YjafLayout.Yotoucode, required: false);
        Deleted = header.Bool(YjafLayout.Deleted, required: false) ?? false;
        ReturnStart = header.Date(YjafLayout.ReturnStart, required: false);
        ReturnEnd = header.Date(YjafLayout.ReturnEnd, required: false);
        Signoff = header.Date(YjafLayout.Signoff, required: false);
        SourceReturnId = header.Text(YjafLayout.SourceReturnId, required: false);
        header.Text(YjafLayout.SourceDocumentId, required: false);
        if (header.HasErrors || Ypid is null)
        {
            HeaderError = header.FirstErrorCode ?? IssueCodes.MissingField;
            return;
        }

        Items(header);
    }

    private void Items(YjafRecord header)
    {
        var byType = new Dictionary<string, List<(YjafRecord Record, string Path)>>(StringComparer.Ordinal);
        var itemsPath = Path + "." + YjafLayout.Items;
        if (header.YjafElement(YjafLayout.Items) is { } items && items.ValueKind != JsonValueKind.Null)
        {
            if (items.ValueKind != JsonValueKind.Array)
            {
                header.YjafError(IssueCodes.WrongType, YjafLayout.Items, null, $"'{YjafLayout.Items}' must be a list of items.");
            }
            else
            {
                var index = 0;
                foreach (var wrapper in items.EnumerateArray())
                {
                    Wrapper(wrapper, string.Create(CultureInfo.InvariantCulture, $"{itemsPath}[{index}]"), byType);
                    index++;
                }
            }
        }

        List<(YjafRecord Record, string Path)> Of(string type) => byType.TryGetValue(type, out var list) ? list : [];

        // The child: exactly one person_details; without it the child cannot be read (its items go with it).
        var people = Of(YjafLayout.PersonDetails);
        YjafRecord person;
        if (people.Count == 0)
        {
            person = header;
            header.YjafError(IssueCodes.MissingField, YjafLayout.Items, null, "The document has no 'person_details' item, so the child cannot be read; it is rejected with its items.");
        }
        else
        {
            person = people[0].Record;
            foreach (var (extra, _) in people.Skip(1))
            {
                extra.Error(IssueCodes.DuplicateField, null, null, "A document has one 'person_details' item; this second one was not read.");
                Extra.See(InputItemKind.YjafOtherItem);
                Extra.Reject(InputItemKind.YjafOtherItem, IssueCodes.DuplicateField);
            }
        }

        person.ChildId = Ypid;
        PendingChild? pending = null;
        if (person != header && person.IsObject)
        {
            person.Set("id", new RawValue(RawKind.Text, Ypid));
            if (person.YjafRaw("sex").IsAbsent)
            {
                var gender = person.YjafRaw("gender");
                person.Set("sex", gender.IsAbsent ? new RawValue(RawKind.Text, Domain.Children.Sex.NotKnown.Name) : gender);
            }

            if (person.YjafRaw("ethnicity").IsAbsent)
            {
                person.Set("ethnicity", new RawValue(RawKind.Text, Domain.Children.Ethnicity.NotKnown.Name));
            }

            pending = CaseMapper.Child(person);
        }

        var child = new ChildAssembler(pending, person);
        Child = child;
        _person = person;

        // Ids present in the document, for the links.
        var offenceIds = IdsOf(Of(YjafLayout.Offence), "offenceID");
        var interventionIds = IdsOf(Of(YjafLayout.Intervention), "interventionProgrammeID");
        var victimKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (victim, _) in Of(YjafLayout.Victim))
        {
            if (VictimKey(victim) is { } key)
            {
                victimKeys.Add(key);
            }
        }

        var (hearingDates, carried) = Hearings(Of(YjafLayout.Hearing));
        // An intervention or victim may name an offence the document does not hold, as in our own format (the KPI
        // rules then find no linked offence); a hearing link needs both ends, since it only serves to date outcomes.
        var offencesOfIntervention = Links(Of(YjafLayout.LinkOffenceIntervention), "interventionProgrammeID", interventionIds, null);
        var hearingsOfOffence = Links(Of(YjafLayout.LinkHearingOffence), "offenceID", offenceIds, new HashSet<string>(hearingDates.Keys, StringComparer.Ordinal), "hearingID");
        var offencesOfVictim = Links(Of(YjafLayout.LinkOffenceVictim), "victimInterventionID", victimKeys, null);

        foreach (var (offence, offencePath) in Of(YjafLayout.Offence))
        {
            Offence(child, offence, offencePath, hearingsOfOffence, hearingDates);
        }

        CarryHearings(child, carried, Of(YjafLayout.LinkHearingOffence), hearingsOfOffence);

        foreach (var (r, _) in Of(YjafLayout.Intervention))
        {
            Translate(r, "disposal", YjafCodes.Disposals, upperTrim: true);
            r.SetList("offenceIds", Linked(offencesOfIntervention, r.YjafRaw("interventionProgrammeID").Text));
            child.Intervention(r, r.IsObject ? CaseMapper.Intervention(r) : null);
        }

        foreach (var (r, _) in Of(YjafLayout.Residence))
        {
            Translate(r, "type", YjafCodes.Accommodation, upperTrim: false);
            if (r.IsObject && r.YjafRaw("kpi1PrimaryResidence").IsAbsent)
            {
                r.Set("primary", new RawValue(RawKind.Boolean, "true"));
            }

            child.Accommodation(r, r.IsObject ? CaseMapper.Accommodation(r) : null);
        }

        foreach (var (r, _) in Of(YjafLayout.Ete))
        {
            Translate(r, "provision", YjafCodes.Provisions, upperTrim: false);
            NumberFromText(r, "hoursOffered", "hoursOffered");
            NumberFromText(r, "hoursAttended", "hours");
            child.Ete(r, r.IsObject ? CaseMapper.Ete(r) : null);
        }

        foreach (var (r, _) in Of(YjafLayout.SendAln))
        {
            YesNo(r, "identified");
            YesNo(r, "formalPlan");
            child.SendAln(r, r.IsObject ? CaseMapper.SendAln(r) : null);
        }

        foreach (var (r, path) in Of(YjafLayout.Health))
        {
            Health(child, r, path);
        }

        foreach (var (r, _) in Of(YjafLayout.CareStatus))
        {
            Translate(r, "status", YjafCodes.CareStatuses, upperTrim: false);
            child.CareStatus(r, r.IsObject ? CaseMapper.CareStatus(r) : null);
        }

        foreach (var (r, _) in Of(YjafLayout.Victim))
        {
            foreach (var field in new[] { "consentToContact", "engagedRestorativeJustice", "viewsSoughtBeforeDecision", "progressRequested", "progressProvided", "supportRequested", "supportProvided" })
            {
                YesNo(r, field);
            }

            Contacted(r);
            r.SetList("offenceIds", Linked(offencesOfVictim, VictimKey(r)));
            child.Victim(r, r.IsObject ? CaseMapper.Victim(r) : null);
        }
    }

    private void Wrapper(JsonElement wrapper, string path, Dictionary<string, List<(YjafRecord Record, string Path)>> byType)
    {
        var w = new YjafRecord(wrapper, path, YjafLayout.None, YjafLayout.ItemWrapperFields, Log, Ypid);
        var type = w.IsObject ? w.Text(YjafLayout.ItemType, required: true) : null;
        if (type is null)
        {
            Extra.See(InputItemKind.YjafOtherItem);
            Extra.Reject(InputItemKind.YjafOtherItem, w.FirstErrorCode ?? IssueCodes.MissingField);
            return;
        }

        var itemPath = path + "." + YjafLayout.Item;
        var element = w.YjafElement(YjafLayout.Item) ?? default;
        if (YjafLayout.NotCarried.Contains(type))
        {
            Extra.See(InputItemKind.YjafOtherItem);
            Extra.Accept(InputItemKind.YjafOtherItem);
            NotCarried[type] = NotCarried.TryGetValue(type, out var n) ? checked(n + 1) : 1;
            return;
        }

        var (names, known) = type switch
        {
            YjafLayout.PersonDetails => (YjafLayout.PersonNames, YjafLayout.PersonFields),
            YjafLayout.Offence => (YjafLayout.OffenceNames, YjafLayout.OffenceFields),
            YjafLayout.Intervention => (YjafLayout.InterventionNames, YjafLayout.InterventionFields),
            YjafLayout.LinkOffenceIntervention => (YjafLayout.None, YjafLayout.LinkOffenceInterventionFields),
            YjafLayout.Residence => (YjafLayout.ResidenceNames, YjafLayout.ResidenceFields),
            YjafLayout.Ete => (YjafLayout.EteNames, YjafLayout.EteFields),
            YjafLayout.SendAln => (YjafLayout.SendAlnNames, YjafLayout.SendAlnFields),
            YjafLayout.Health => (YjafLayout.None, YjafLayout.HealthFields),
            YjafLayout.CareStatus => (YjafLayout.CareStatusNames, YjafLayout.CareStatusFields),
            YjafLayout.Victim => (YjafLayout.VictimNames, YjafLayout.VictimFields),
            YjafLayout.LinkOffenceVictim => (YjafLayout.None, YjafLayout.LinkOffenceVictimFields),
            YjafLayout.Hearing => (YjafLayout.HearingNames, YjafLayout.HearingFields),
            YjafLayout.LinkHearingOffence => (YjafLayout.None, YjafLayout.LinkHearingOffenceFields),
            _ => (YjafLayout.None, null),
        };

        if (known is null)
        {
            w.YjafError(IssueCodes.UnknownValue, YjafLayout.ItemType, type, $"'{type}' is not an item type of the YJAF case-level shape (docs/interchange-yjaf.md lists them); the item was not read.");
            Extra.See(InputItemKind.YjafOtherItem);
            Extra.Reject(InputItemKind.YjafOtherItem, IssueCodes.UnknownValue);
            return;
        }

        var record = new YjafRecord(element, itemPath, names, known, Log, Ypid);
        if (!record.IsObject)
        {
            var kind = KindOf(type);
            if (kind is not null)
            {
                // Counted by the assembler as a rejected record of its kind.
                Add(byType, type, record, itemPath);
                return;
            }

            Extra.See(InputItemKind.YjafOtherItem);
            Extra.Reject(InputItemKind.YjafOtherItem, IssueCodes.WrongType);
            return;
        }

        Add(byType, type, record, itemPath);
    }

    private static InputItemKind? KindOf(string type) => type switch
    {
        YjafLayout.Offence => InputItemKind.Offence,
        YjafLayout.Intervention => InputItemKind.Intervention,
        YjafLayout.Residence => InputItemKind.Accommodation,
        YjafLayout.Ete => InputItemKind.Ete,
        YjafLayout.SendAln => InputItemKind.SendAln,
        YjafLayout.CareStatus => InputItemKind.CareStatus,
        YjafLayout.Victim => InputItemKind.Victim,
        YjafLayout.Hearing => InputItemKind.Hearing,
        YjafLayout.LinkOffenceIntervention or YjafLayout.LinkHearingOffence or YjafLayout.LinkOffenceVictim => InputItemKind.YjafLink,
        _ => null,
    };

    private static void Add(Dictionary<string, List<(YjafRecord Record, string Path)>> byType, string type, YjafRecord record, string path)
    {
        if (!byType.TryGetValue(type, out var list))
        {
            list = [];
            byType[type] = list;
        }

        list.Add((record, path));
    }

    private static HashSet<string> IdsOf(List<(YjafRecord Record, string Path)> records, string field)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (r, _) in records)
        {
            if (r.IsObject && r.YjafRaw(field) is { Kind: RawKind.Text, Text: { } id })
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static string? VictimKey(YjafRecord victim)
    {
        if (!victim.IsObject)
        {
            return null;
        }

        var key = victim.YjafRaw("victimInterventionID");
        if (key is { Kind: RawKind.Text, Text: { } text })
        {
            return text;
        }

        return victim.YjafRaw("victimID") is { Kind: RawKind.Text, Text: { } id } ? id : null;
    }

    /// <summary>
    /// Hearing id → date (null when it has none), and the hearings our model carries: those with a remand decision and
    /// a date (decision YJ-7), which the child's assembler counts. Every other hearing is counted here.
    /// </summary>
    private (Dictionary<string, LocalDate?> Dates, List<YjafRecord> Carried) Hearings(List<(YjafRecord Record, string Path)> hearings)
    {
        var dates = new Dictionary<string, LocalDate?>(StringComparer.Ordinal);
        var carried = new List<YjafRecord>();
        foreach (var (r, _) in hearings)
        {
            if (!r.IsObject)
            {
                Extra.See(InputItemKind.Hearing);
                Extra.Reject(InputItemKind.Hearing, r.FirstErrorCode ?? IssueCodes.WrongType);
                continue;
            }

            var id = r.Text("hearingID", required: true);
            var date = r.Date("hearingDate", required: false);
            r.Text("remandDecision", required: false);
            if (id is not null && !r.HasErrors && dates.ContainsKey(id))
            {
                r.Error(Quality.DataQualityRule.DuplicateId.Id, "hearingID", id, $"The hearing id '{id}' is used more than once for this child; this hearing is rejected.");
            }

            if (r.HasErrors || id is null)
            {
                Extra.See(InputItemKind.Hearing);
                Extra.Reject(InputItemKind.Hearing, r.FirstErrorCode ?? IssueCodes.InvalidValue);
                continue;
            }

            dates[id] = date;
            if (r.YjafRaw("remandDecision") is { Kind: RawKind.Text, Text.Length: > 0 } && date is not null)
            {
                // Counted by the child's assembler, as the hearings of our own format are.
                carried.Add(r);
                continue;
            }

            Extra.See(InputItemKind.Hearing);
            Extra.Accept(InputItemKind.Hearing);
            if (r.YjafRaw("remandDecision") is { Kind: RawKind.Text, Text.Length: > 0 })
            {
                RemandDecisions++;
            }
        }

        return (dates, carried);
    }

    /// <summary>
    /// Hands each carried hearing to the child with the offences its <c>link_hearing_offence</c> items name, in the
    /// order of those items (decision YJ-7). A remand code that is neither a YJB code nor our name is read as
    /// <see cref="Domain.Offences.RemandDecision.Unknown"/> with a warning.
    /// </summary>
    private static void CarryHearings(ChildAssembler child, List<YjafRecord> carried, List<(YjafRecord Record, string Path)> links, Dictionary<string, List<string>> hearingsOfOffence)
    {
        if (carried.Count == 0)
        {
            return;
        }

        var offencesOfHearing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (link, _) in links)
        {
            if (link.IsObject && link.YjafRaw("hearingID").Text is { } hearing && link.YjafRaw("offenceID").Text is { } offence
                && hearingsOfOffence.TryGetValue(offence, out var linked) && linked.Contains(hearing))
            {
                var offences = offencesOfHearing.TryGetValue(hearing, out var list) ? list : offencesOfHearing[hearing] = [];
                if (!offences.Contains(offence))
                {
                    offences.Add(offence);
                }
            }
        }

        foreach (var r in carried)
        {
            var text = r.YjafRaw("remandDecision").Text!;
            if (Domain.Offences.RemandDecision.Parse(text).IsT1)
            {
                r.YjafWarning(IssueCodes.UnknownValue, "remandDecision", text, $"'{text}' is not a remand code of the YJB (yjaf-case-level §2.10) nor one of our names; the hearing is kept with the remand decision {Domain.Offences.RemandDecision.Unknown.Name}.");
                r.Set("remandDecision", new RawValue(RawKind.Text, Domain.Offences.RemandDecision.Unknown.Name));
            }

            r.SetList("offenceIds", Linked(offencesOfHearing, r.YjafRaw("hearingID").Text));
            child.Hearing(r, CaseMapper.Hearing(r));
        }
    }

    /// <summary>Link items: <paramref name="keyField"/> → the ids of <paramref name="valueField"/> it links to; counts every link.</summary>
    private Dictionary<string, List<string>> Links(
        List<(YjafRecord Record, string Path)> links, string keyField, HashSet<string> keys, HashSet<string>? values, string valueField = "offenceID")
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (r, _) in links)
        {
            Extra.See(InputItemKind.YjafLink);
            if (!r.IsObject)
            {
                Extra.Reject(InputItemKind.YjafLink, r.FirstErrorCode ?? IssueCodes.WrongType);
                continue;
            }

            var key = r.Text(keyField, required: true);
            var value = r.Text(valueField, required: true);
            if (key is not null && !keys.Contains(key))
            {
                r.Error(IssueCodes.YjafOrphanLink, keyField, key, $"The link names '{key}', which is not the '{keyField}' of any item of this document; the link is rejected.");
            }
            else if (value is not null && values is not null && !values.Contains(value))
            {
                r.Error(IssueCodes.YjafOrphanLink, valueField, value, $"The link names '{value}', which is not the '{valueField}' of any item of this document; the link is rejected.");
            }

            if (r.HasErrors || key is null || value is null)
            {
                Extra.Reject(InputItemKind.YjafLink, r.FirstErrorCode ?? IssueCodes.InvalidValue);
                continue;
            }

            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }

            Extra.Accept(InputItemKind.YjafLink);
        }

        return map;
    }

    private static List<string> Linked(Dictionary<string, List<string>> links, string? key)
        => key is not null && links.TryGetValue(key, out var list) ? list : [];

    private void Offence(
        ChildAssembler child,
        YjafRecord r,
        string path,
        Dictionary<string, List<string>> hearingsOfOffence,
        Dictionary<string, LocalDate?> hearingDates)
    {
        if (!r.IsObject)
        {
            child.Offence(r, null, []);
            return;
        }

        Translate(r, "category", YjafCodes.OffenceCategories, upperTrim: false);
        KnifeRelated(r);
        var pending = CaseMapper.Offence(r);
        var offenceId = r.YjafRaw("offenceID").Text;
        var hearings = Linked(hearingsOfOffence, offenceId)
            .Select(h => hearingDates.TryGetValue(h, out var d) ? d : null)
            .OfType<LocalDate>()
            .Order()
            .ToList();
        var outcomes = new List<(RecordReader, LegalOutcome?)>();
        var outcomeDates = new List<LocalDate>();
        if (r.YjafElement("offenceLegalOutcome") is { ValueKind: JsonValueKind.Array } all)
        {
            foreach (var element in all.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object && OutcomeDate(element) is { } d)
                {
                    outcomeDates.Add(d);
                }
            }
        }

        if (r.YjafElement("offenceLegalOutcome") is { } list && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                r.YjafError(IssueCodes.WrongType, "offenceLegalOutcome", null, "'offenceLegalOutcome' must be a list of outcomes.");
            }
            else
            {
                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    var o = new YjafRecord(element, YjafRecord.Path(path, "offenceLegalOutcome", index), YjafLayout.OutcomeNames, YjafLayout.OutcomeFields, Log, Ypid);
                    index++;
                    if (o.IsObject)
                    {
                        Outcome(o, hearings, outcomeDates);
                    }

                    outcomes.Add((o, o.IsObject ? CaseMapper.Outcome(o, pending?.OffenceDate) : null));
                }
            }
        }

        child.Offence(r, r.HasErrors ? null : pending, outcomes);
    }

    private static LocalDate? OutcomeDateOf(YjafRecord o)
        => o.YjafRaw("outcomeDate") is { Kind: RawKind.Text, Text: { Length: 10 } iso } && IsoDate.Parse(iso) is { Success: true } parsed
            ? parsed.Value
            : null;

    private static LocalDate? OutcomeDate(JsonElement outcome)
        => outcome.TryGetProperty("outcomeDate", out var value) && value.ValueKind == JsonValueKind.String
           && value.GetString() is { Length: 10 } iso && IsoDate.Parse(iso) is { Success: true } parsed
            ? parsed.Value
            : null;

    private static void Outcome(YjafRecord o, List<LocalDate> hearings, List<LocalDate> outcomeDates)
    {
        // f_legalOutcome (spec §4): NOT_KNOWN / OTHER are repaired from the CMS text where it names Outcome 22.
        var code = o.YjafRaw("legalOutcome");
        if (code is { Kind: RawKind.Text, Text: { } text } && YjafCodes.RepairableOutcomes.Contains(text)
            && o.YjafRaw("cmslegalOutcome") is { Kind: RawKind.Text, Text: { } cms })
        {
            if (YjafCodes.Outcome22Texts.Contains(cms))
            {
                o.Set("outcome", new RawValue(RawKind.Text, Domain.Disposals.Disposal.Outcome22.Name));
            }
            else if (YjafCodes.DeferredProsecutionTexts.Contains(cms))
            {
                o.Set("outcome", new RawValue(RawKind.Text, Domain.Disposals.Disposal.Outcome22DeferredProsecution.Name));
            }
        }
        else
        {
            Translate(o, "outcome", YjafCodes.Disposals, upperTrim: false);
        }

        var appeal = o.YjafRaw("outcomeAppealStatus");
        if (appeal is { Kind: RawKind.Text, Text: { } sentence })
        {
            o.Set("appealStatus", string.IsNullOrWhiteSpace(sentence) ? new RawValue(RawKind.Null, null) : new RawValue(RawKind.Text, YjafCodes.AppealStatuses.Read(sentence)));
        }

        var residence = o.YjafRaw("residenceOnLegalOutcomeDate");
        if (residence is { Kind: RawKind.Text, Text: { } where })
        {
            switch (where)
            {
                case "LOCAL":
                    o.Set("residentInArea", new RawValue(RawKind.Boolean, "true"));
                    break;
                case "OTHER":
                    o.Set("residentInArea", new RawValue(RawKind.Boolean, "false"));
                    break;
                case "":
                    o.Set("residentInArea", new RawValue(RawKind.Null, null));
                    break;
                default:
                    o.Set("residentInArea", new RawValue(RawKind.Null, null));
                    o.YjafError(IssueCodes.UnknownValue, "residenceOnLegalOutcomeDate", where, $"'{where}' is not a valid 'residenceOnLegalOutcomeDate'; expected one of: LOCAL, OTHER (or null).");
                    break;
            }
        }

        // The first hearing of an outcome: the earliest hearing linked to the offence after the offence's previous
        // (earlier-dated) outcome and not after this one (decision YJ-5).
        LocalDate? first = null;
        if (OutcomeDateOf(o) is { } date)
        {
            LocalDate? previous = null;
            foreach (var other in outcomeDates)
            {
                if (other < date && (previous is null || other > previous))
                {
                    previous = other;
                }
            }

            foreach (var hearing in hearings)
            {
                if (hearing <= date && (previous is null || hearing > previous))
                {
                    first = hearing;
                    break;
                }
            }
        }

        o.Set("firstHearingDate", first is { } f ? new RawValue(RawKind.Text, CaseMapper.Iso(f)) : new RawValue(RawKind.Null, null));
    }

    private void Health(ChildAssembler child, YjafRecord r, string path)
    {
        if (!r.IsObject)
        {
            Extra.See(InputItemKind.YjafOtherItem);
            Extra.Reject(InputItemKind.YjafOtherItem, r.FirstErrorCode ?? IssueCodes.WrongType);
            return;
        }

        foreach (var (group, list, names, known, mental) in new[]
                 {
                     ("mentalHealth", "kpi4MentalHealthWellbeing", YjafLayout.MentalHealthNames, YjafLayout.MentalHealthFields, true),
                     ("substanceMisuse", "kpi5SubstanceMisuse", YjafLayout.SubstanceMisuseNames, YjafLayout.SubstanceMisuseFields, false),
                 })
        {
            if (r.YjafElement(group) is not { } holder || holder.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var groupPath = path + "." + group;
            var container = new YjafRecord(holder, groupPath, YjafLayout.None, new HashSet<string>(StringComparer.Ordinal) { list }, Log, Ypid);
            if (!container.IsObject || container.YjafElement(list) is not { } array || array.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                container.YjafError(IssueCodes.WrongType, list, null, $"'{list}' must be a list of records.");
                continue;
            }

            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var record = new YjafRecord(element, YjafRecord.Path(groupPath, list, index), names, known, Log, Ypid);
                index++;
                if (mental)
                {
                    child.MentalHealth(record, record.IsObject ? CaseMapper.MentalHealth(record) : null);
                }
                else
                {
                    child.SubstanceMisuse(record, record.IsObject ? CaseMapper.SubstanceMisuse(record) : null);
                }
            }
        }
    }

    private static void Translate(YjafRecord r, string field, YjafCodes.CodeTable table, bool upperTrim)
    {
        if (!r.IsObject)
        {
            return;
        }

        var raw = r.YjafRaw(r.Name(field));
        if (raw is not { Kind: RawKind.Text, Text: { } text })
        {
            return;
        }

        var code = upperTrim && !table.IsCode(text) ? text.Trim().ToUpperInvariant() : text;
        if (table.IsCode(code))
        {
            r.Set(field, new RawValue(RawKind.Text, table.Read(code)));
        }
    }

    /// <summary><c>Yes</c>/<c>No</c> (any case; also <c>Y</c>/<c>N</c>) or a JSON boolean.</summary>
    private static void YesNo(YjafRecord r, string field)
    {
        if (!r.IsObject || r.YjafRaw(r.Name(field)) is not { Kind: RawKind.Text, Text: { } text })
        {
            return;
        }

        var value = YesNoValue(text);
        r.Set(field, value is null ? (text.Length == 0 ? new RawValue(RawKind.Null, null) : new RawValue(RawKind.Text, text)) : new RawValue(RawKind.Boolean, value.Value ? "true" : "false"));
    }

    private static bool? YesNoValue(string text) => text.Trim().ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" => true,
        "NO" or "N" or "FALSE" => false,
        _ => null,
    };

    /// <summary><c>knifeRelatedOffence</c>: Yes/No text or a boolean; absent means no (decision YJ-4).</summary>
    private static void KnifeRelated(YjafRecord r)
    {
        var raw = r.YjafRaw("knifeRelatedOffence");
        if (raw.IsAbsent || raw is { Kind: RawKind.Text, Text.Length: 0 })
        {
            r.Set("knifeRelated", new RawValue(RawKind.Boolean, "false"));
            return;
        }

        YesNo(r, "knifeRelated");
    }

    /// <summary>Contacted: a <c>yjscontactDate</c> means yes, <c>1900-01-01</c> means no; else our <c>contacted</c>, if given (decision YJ-6).</summary>
    private static void Contacted(YjafRecord r)
    {
        if (!r.IsObject)
        {
            return;
        }

        var date = r.YjafRaw("yjscontactDate");
        if (date is { Kind: RawKind.Text, Text: { } iso })
        {
            var parsed = IsoDate.Parse(iso);
            if (!parsed.Success || iso.Length != 10)
            {
                r.YjafError(IssueCodes.BadDate, "yjscontactDate", iso, $"'{iso}' is not a valid date for 'yjscontactDate': dates are written yyyy-MM-dd, for example 2024-03-31.");
                return;
            }

            r.Set("contacted", new RawValue(RawKind.Boolean, NoDate.IsSentinel(parsed.Value) ? "false" : "true"));
            return;
        }

        if (!date.IsAbsent)
        {
            r.YjafError(IssueCodes.WrongType, "yjscontactDate", date.Text, "'yjscontactDate' must be a date written as text, yyyy-MM-dd.");
        }
    }

    private static void NumberFromText(YjafRecord r, string field, string yjafField)
    {
        if (r.IsObject && r.YjafRaw(yjafField) is { Kind: RawKind.Text, Text: { } text }
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            r.Set(field, new RawValue(RawKind.Number, text));
        }
    }
}
