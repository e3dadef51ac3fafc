using CrmGraph.Data.Accounts;
using CrmGraph.Identity.SignIn;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>Why a code was refused, in words for the page and as its status; wrong codes count like wrong passwords.</summary>
internal sealed record CodeProblem(string Message, int Status)
{
    private const string WrongCode = "That code is not right or was already used. Enter the code your app shows now.";

    /// <summary>The lockout's answer when this address may not try codes for the account now, else null.</summary>
    public static CodeProblem? Locked(HttpContext http, SignInAttempts attempts, StaffAccount account) =>
        attempts.LockedFor(account.Email!, http.Connection.RemoteIpAddress) is { } wait
            ? new CodeProblem(SignInEndpoints.Locked(wait), StatusCodes.Status429TooManyRequests)
            : null;

    /// <summary>Counts a wrong code towards the address's lockout and holds the answer back as for a wrong password.</summary>
    public static async Task<CodeProblem> AfterWrongCodeAsync(HttpContext http, SignInAttempts attempts, StaffAccount account)
    {
        await Task.Delay(attempts.RecordFailure(account.Email!, http.Connection.RemoteIpAddress), http.RequestAborted).ConfigureAwait(false);
        return Locked(http, attempts, account) ?? new CodeProblem(WrongCode, StatusCodes.Status401Unauthorized);
    }
}
