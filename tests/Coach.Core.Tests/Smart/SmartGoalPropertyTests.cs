using Coach.Core.Domain.Smart;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coach.Core.Tests.Smart;

public class SmartGoalPropertyTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static readonly Gen<string> Goals =
        from verb in Gen.Elements("", "Увеличить", "Снизить", "Привлечь", "Increase", "Reduce", "Get", "удвоить", "double")
        from number in Gen.Elements("", "на 20%", "до 300", "20", "в 2 раза", "by 15%", "to 5,000", "с 200 до 300", "from 2% to 3%", "-10%", "+5%")
        from metric in Gen.Elements("", "продажи", "заказов", "клиентов", "CAC", "охват", "конверсию", "sales", "orders", "leads", "reach", "average check")
        from qualifier in Gen.Elements("", "с сайта", "из Instagram", "в интернет-магазине", "from the website", "of the premium line", "онлайн")
        from deadline in Gen.Elements("", "за три месяца", "до 1 марта", "в этом году", "к лету", "by Q2", "in 6 weeks", "до 31.12.2026", "by 2027-06-30", "за 2025 год")
        from order in Gen.Elements(0, 1, 2)
        select order switch
        {
            0 => $"{verb} {metric} {qualifier} {number} {deadline}",
            1 => $"{deadline} {verb} {number} {metric} {qualifier}",
            _ => $"{verb} {number} {metric} {deadline} {qualifier}",
        };

    [Property]
    public bool Checking_never_throws_on_any_text(string? text, int? baseline)
    {
        var check = SmartGoalChecker.Check(text!, GoalType.Sales, baseline, Today);
        DeadlineParser.Parse(text, Today);
        return check.Criteria.Count == 5;
    }

    [Property(MaxTest = 500)]
    public Property Assembled_goals_always_get_five_coded_verdicts_in_order() =>
        Prop.ForAll(Goals.ToArbitrary(), Gen.Elements(Enum.GetValues<GoalType>()).ToArbitrary(), (goal, type) =>
        {
            var check = SmartGoalChecker.Check(goal, type, 100m, Today);
            return check.Criteria.Select(c => c.Criterion).SequenceEqual(Enum.GetValues<SmartCriterion>())
                && check.Criteria.All(c => c.Passed == (c.Code is "ok" or "ambitious" or "from_zero" or "countable"));
        });

    [Property(MaxTest = 500)]
    public Property A_goal_is_measurable_exactly_when_it_has_a_target_and_a_metric() =>
        Prop.ForAll(Goals.ToArbitrary(), goal =>
        {
            var check = SmartGoalChecker.Check(goal, GoalType.Sales, 100m, Today);
            return check[SmartCriterion.Measurable].Passed == (check.TargetValue is not null && check.Metric is not null);
        });

    [Property(MaxTest = 500)]
    public Property A_goal_is_time_bound_exactly_when_it_has_a_deadline_still_ahead() =>
        Prop.ForAll(Goals.ToArbitrary(), goal =>
        {
            var check = SmartGoalChecker.Check(goal, GoalType.Sales, 100m, Today);
            return check[SmartCriterion.TimeBound].Passed == (check.Deadline is { HasPassed: false });
        });
}
