/**
 * Records every characteristic still unentered as not known to the agencies, through the review's
 * API, as a reviewer finishing a review for publication would.
 */
export async function recordUnenteredCharacteristics(
  call: (method: string, args: unknown) => Promise<unknown>,
): Promise<void> {
  const report = (await call('people.getCompleteness', {})) as {
    cells: { personId: number; characteristicId: string; state: string }[];
  };
  for (const cell of report.cells.filter((c) => c.state === 'missing')) {
    await call('people.updateCharacteristic', {
      personId: cell.personId,
      characteristicId: cell.characteristicId,
      state: 'not-recorded-by-agencies',
    });
  }
}
