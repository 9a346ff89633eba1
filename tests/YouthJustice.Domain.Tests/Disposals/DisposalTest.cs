using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Disposals;

/// <summary>Every disposal against the ladder of domain-rules §1.1, one theory per column.</summary>
public class DisposalTest
{
    // name, venue, formal, FTE, group, custodial, community sentence, type of order, ladder rank, parent order
    private static readonly object?[][] Ladder =
    [
        ["NoFurtherAction", "OutOfCourt", false, false, "None", false, false, null, 1, false],
        ["Outcome20", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", 2, false],
        ["Outcome21", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", 3, false],
        ["Outcome22", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", 4, false],
        ["Outcome22DeferredProsecution", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", 5, false],
        ["CommunityResolution", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", 6, false],
        ["YouthCaution", "OutOfCourt", true, true, "PreCourt", false, false, "YouthCaution", 7, false],
        ["YouthConditionalCaution", "OutOfCourt", true, true, "PreCourt", false, false, "YouthConditionalCaution", 8, false],
        ["AbsoluteDischarge", "Court", true, true, "FirstTier", false, false, null, 9, false],
        ["ConditionalDischarge", "Court", true, true, "FirstTier", false, false, null, 10, false],
        ["Fine", "Court", true, true, "FirstTier", false, false, null, 11, false],
        ["ReparationOrder", "Court", true, true, "FirstTier", false, false, null, 12, false],
        ["ReferralOrder", "Court", true, true, "FirstTier", false, false, "ReferralOrder", 13, false],
        ["YouthRehabilitationOrder", "Court", true, true, "Community", false, true, "YouthRehabilitationOrder", 14, false],
        ["YouthRehabilitationOrderWithIss", "Court", true, true, "Community", false, true, "YouthRehabilitationOrder", 15, false],
        ["YouthRehabilitationOrderWithFostering", "Court", true, true, "Community", false, true, "YouthRehabilitationOrder", 16, false],
        ["DetentionAndTrainingOrder", "Court", true, true, "Custody", true, false, "CustodialSentence", 17, false],
        ["Section250Detention", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", 18, false],
        ["SpecialSentenceTerroristOffender", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", 19, false],
        ["ExtendedSentenceOfDetention", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", 20, false],
        ["DetentionForLife", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", 21, false],
        ["DetentionAtHisMajestysPleasure", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", 22, false],
        ["DetentionAndTrainingOrderCustody", "Court", true, true, "Custody", true, false, "CustodialSentence", 17, false],
        ["DetentionAndTrainingOrderLicence", "Court", true, true, "Custody", true, false, "CustodialSentence", 17, false],
        ["ParentingOrder", "Court", false, false, "Ancillary", false, false, null, null, true],
        ["BindOverOfParent", "Court", false, false, "Ancillary", false, false, null, null, true],

        // The YJB's codes with no rung of their own (decision YJ-19).
        ["Outcome20Or21", "OutOfCourt", false, false, "Diversion", false, false, "NonSubstantiveOutOfCourtDisposal", null, false],
        ["OtherInformalAction", "OutOfCourt", false, false, "Diversion", false, false, null, null, false],
        ["Section90To92Detention", "CrownCourt", true, true, "Custody", true, false, "CustodialSentence", null, false],
    ];

    public static TheoryData<string, string> Venues => Column<string>(1);

    public static TheoryData<string, bool> Formal => Column<bool>(2);

    public static TheoryData<string, bool> FirstTimeEntry => Column<bool>(3);

    public static TheoryData<string, string> Groups => Column<string>(4);

    public static TheoryData<string, bool> Custodial => Column<bool>(5);

    public static TheoryData<string, bool> Community => Column<bool>(6);

    public static TheoryData<string, string?> Types => Column<string?>(7);

    public static TheoryData<string, int?> Ranks => Column<int?>(8);

    public static TheoryData<string, bool> ParentOrders => Column<bool>(9);

    [Fact]
    public void The_ladder_holds_exactly_the_interchange_names_and_the_parent_orders()
        => Disposal.List.Select(d => d.Name).Should().BeEquivalentTo(Ladder.Select(row => (string)row[0]!));

    [Fact]
    public void Every_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(d => Disposal.Parse(d), d => d.YjbCode, "disposal");

    [Fact]
    public void Parse_names_the_field_it_was_asked_to_read()
        => Disposal.Parse("Caution", "outcome").AsT1.Field.Should().Be("outcome");

    [Theory]
    [MemberData(nameof(Venues))]
    public void Venue(string name, string venue) => Disposal.FromName(name).Venue.Name.Should().Be(venue);

    [Theory]
    [MemberData(nameof(Formal))]
    public void Is_formal(string name, bool formal) => Disposal.FromName(name).IsFormal.Should().Be(formal);

    [Theory]
    [MemberData(nameof(FirstTimeEntry))]
    public void Counts_as_first_time_entry(string name, bool fte) => Disposal.FromName(name).CountsAsFirstTimeEntry.Should().Be(fte);

    [Theory]
    [MemberData(nameof(Groups))]
    public void Legal_outcome_group(string name, string group) => Disposal.FromName(name).LegalOutcomeGroup.Name.Should().Be(group);

    [Theory]
    [MemberData(nameof(Custodial))]
    public void Is_custodial(string name, bool custodial) => Disposal.FromName(name).IsCustodial.Should().Be(custodial);

    [Theory]
    [MemberData(nameof(Community))]
    public void Is_community_sentence(string name, bool community) => Disposal.FromName(name).IsCommunitySentence.Should().Be(community);

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_of_order(string name, string? type) => (Disposal.FromName(name).TypeOfOrder?.Name).Should().Be(type);

    [Theory]
    [MemberData(nameof(Types))]
    public void Has_a_type_of_order_exactly_when_the_ladder_gives_one(string name, string? type)
        => (Disposal.FromName(name).TypeOfOrder is null).Should().Be(type is null);

    [Theory]
    [MemberData(nameof(Ranks))]
    public void Ladder_rank(string name, int? rank) => Disposal.FromName(name).LadderRank.Should().Be(rank);

    [Theory]
    [MemberData(nameof(ParentOrders))]
    public void Is_parent_order(string name, bool parent) => Disposal.FromName(name).IsParentOrder.Should().Be(parent);

    [Fact]
    public void Only_the_dto_halves_are_intervention_only_and_carry_yjb_codes()
    {
        Disposal.List.Where(d => d.IsInterventionOnly).Should().BeEquivalentTo(
            [Disposal.DetentionAndTrainingOrderCustody, Disposal.DetentionAndTrainingOrderLicence]);
        Disposal.DetentionAndTrainingOrderCustody.YjbCode.Should().Be("DTO_CUSTODY");
        Disposal.DetentionAndTrainingOrderLicence.YjbCode.Should().Be("DTO_LICENCE");
        Disposal.Parse("DTO_LICENCE").AsT0.Should().BeSameAs(Disposal.DetentionAndTrainingOrderLicence);
    }

    [Theory]
    [InlineData("YouthCaution", "2013-04-07", "2013-04-08")]
    [InlineData("YouthConditionalCaution", "2013-04-07", "2013-04-08")]
    [InlineData("Outcome22", "2019-03-31", "2019-04-01")]
    [InlineData("Outcome22DeferredProsecution", "2019-03-31", "2019-04-01")]
    [InlineData("Outcome21", "2015-12-31", "2016-01-01")]
    [InlineData("YouthRehabilitationOrder", "2009-11-29", "2009-11-30")]
    [InlineData("DetentionAndTrainingOrder", "2000-03-31", "2000-04-01")]
    [InlineData("SpecialSentenceTerroristOffender", "2021-06-28", "2021-06-29")]
    public void Available_from_the_day_it_came_into_force(string name, string dayBefore, string firstDay)
    {
        var disposal = Disposal.FromName(name);

        disposal.InForceFrom.Should().Be(D(firstDay));
        disposal.IsAvailableOn(D(dayBefore)).Should().BeFalse();
        disposal.IsAvailableOn(D(firstDay)).Should().BeTrue();
        disposal.IsAvailableOn(D(firstDay).PlusDays(1)).Should().BeTrue();
    }

    [Fact]
    public void Disposals_without_a_start_date_are_available_on_any_date_and_none_has_ended()
    {
        Disposal.ReferralOrder.InForceFrom.Should().BeNull();
        Disposal.ReferralOrder.IsAvailableOn(D("1990-01-01")).Should().BeTrue();
        Disposal.List.Where(d => d != Disposal.Section90To92Detention).Should().OnlyContain(d => d.InForceUntil == null);
    }

    [Fact]
    public void Detention_under_the_2000_act_ends_the_day_before_the_sentencing_code_begins()
    {
        Disposal.Section90To92Detention.InForceUntil.Should().Be(D("2020-11-30"));
        Disposal.Section90To92Detention.IsAvailableOn(D("2020-11-30")).Should().BeTrue();
        Disposal.Section90To92Detention.IsAvailableOn(D("2020-12-01")).Should().BeFalse();
        Disposal.Section250Detention.IsAvailableOn(D("2020-12-01")).Should().BeTrue();
    }

    [Theory]
    [InlineData("NO_FURTHER_ACTION_OUTCOME_20_21_WITH_YJS_INVOLVEMENT", "Outcome20Or21")]
    [InlineData("SECTION_90_91_DETENTION", "Section90To92Detention")]
    [InlineData("OTHER_INFORMAL_ACTION_YOT_INVOLVEMENT", "OtherInformalAction")]
    public void The_yjbs_codes_without_a_rung_read_as_their_own_disposal(string code, string name)
        => Disposal.Parse(code).AsT0.Name.Should().Be(name);

    [Fact]
    public void Sentencing_code_citations_apply_from_1_december_2020()
    {
        Disposal.List.Where(d => d.Statute.StartsWith("Sentencing Act 2020", System.StringComparison.Ordinal))
            .Should().OnlyContain(d => d.StatuteInForceFrom == D("2020-12-01"));
        Disposal.ReferralOrder.Statute.Should().Be("Sentencing Act 2020 Part 6 Chapter 1 (ss.83-104, Schs 3-4)");
        Disposal.YouthCaution.Statute.Should().StartWith("Crime and Disorder Act 1998 ss.66ZA-66ZB");
        Disposal.List.Should().OnlyContain(d => d.Statute.Length > 0);
    }

    [Fact]
    public void Ladder_ranks_rise_from_no_further_action_to_dhmp()
        => Disposal.List.Where(d => d.LadderRank is not null && !d.IsInterventionOnly)
            .OrderBy(d => d.LadderRank).Select(d => d.LadderRank!.Value)
            .Should().Equal(Enumerable.Range(1, 22));

    private static TheoryData<string, T> Column<T>(int column)
    {
        var data = new TheoryData<string, T>();
        foreach (var row in Ladder)
        {
            data.Add((string)row[0]!, (T)row[column]!);
        }

        return data;
    }
}
