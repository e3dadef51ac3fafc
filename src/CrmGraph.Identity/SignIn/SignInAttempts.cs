using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace CrmGraph.Identity.SignIn;

/// <summary>
/// Failed sign-ins counted per email and address, whether or not an account has that email, so the answers never
/// tell whether it exists. Each failure after the first makes the answer wait longer (¼ s, ½ s, 1 s, then 2 s); after
/// <see cref="AuthOptions.MaxFailedSignIns"/> failures within <see cref="AuthOptions.LockoutDuration"/> that address may
/// not try that email for the lockout duration. The account itself is not locked, so a stranger cannot keep its owner
/// out: the owner signs in from their own address as usual. Kept per instance.
/// </summary>
public sealed class SignInAttempts(AuthOptions options, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(2);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions());

    // Bumped when an administrator unlocks an email, so that every address's count for it starts again.
    private readonly ConcurrentDictionary<string, int> _generations = new(StringComparer.Ordinal);

    /// <summary>How long this address must still wait before trying this email again, or null when it may try now.</summary>
    public TimeSpan? LockedFor(string email, IPAddress? address)
    {
        if (_failures.TryGetValue(Key(email, address), out Failures? failures) && failures!.LockedUntil is { } until)
        {
            var left = until - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }

        return null;
    }

    /// <summary>Counts a failure and returns how long to hold the answer back.</summary>
    public TimeSpan RecordFailure(string email, IPAddress? address)
    {
        var key = Key(email, address);
        var failures = _failures.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.LockoutDuration;
            return new Failures();
        })!;
        lock (failures)
        {
            failures.Count++;
            if (failures.Count >= options.MaxFailedSignIns)
            {
                failures.LockedUntil = clock.GetUtcNow() + options.LockoutDuration;
                // The lockout starts now, so the count must live as long as it does.
                _failures.Set(key, failures, options.LockoutDuration);
            }

            return failures.Count <= 1
                ? TimeSpan.Zero
                : TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << Math.Min(failures.Count - 2, 8), LongestDelay.Ticks));
        }
    }

    /// <summary>A successful sign-in from the address clears its failures.</summary>
    public void Forget(string email, IPAddress? address) => _failures.Remove(Key(email, address));

    /// <summary>An administrator's unlock: every address may try this email again.</summary>
    public void ForgetEveryAddress(string email) => _generations.AddOrUpdate(Normalized(email), 1, (_, generation) => generation + 1);

    public void Dispose() => _failures.Dispose();

    private static string Normalized(string email) => email.Trim().ToUpperInvariant();

    private string Key(string email, IPAddress? address)
    {
        var normalized = Normalized(email);
        return $"{normalized}|{_generations.GetValueOrDefault(normalized)}|{address}";
    }

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
