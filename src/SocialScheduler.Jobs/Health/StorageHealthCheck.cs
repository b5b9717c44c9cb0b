using Dapper;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Health;

/// <summary>Unhealthy when the ledger database or Hangfire's storage cannot be reached; the description says which.</summary>
internal sealed class StorageHealthCheck(LedgerDatabase database, JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The ledger database ({database.Provider}) is unreachable: {ex.Message}", ex);
        }

        try
        {
            storage.GetMonitoringApi().GetStatistics();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"Hangfire's storage is unreachable: {ex.Message}", ex);
        }

        return HealthCheckResult.Healthy($"Ledger ({database.Provider}) and Hangfire storage answer.");
    }
}
