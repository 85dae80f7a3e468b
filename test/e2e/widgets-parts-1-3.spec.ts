import { readFileSync } from 'node:fs';
import { parse } from '@cdktn/hcl2json';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

/** Replaces a field's text using the keyboard only. */
async function typeInto(scope: Page | Locator, page: Page, label: string, text: string) {
  const field = scope.getByLabel(label, { exact: true }).first();
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  return field;
}

/** Opens a lesson and waits for its widget island to hydrate. */
async function openWidget(page: Page, path: string, title: RegExp | string) {
  await page.goto(path);
  const section = page.locator('section.widget', { has: page.getByRole('heading', { name: title }) }).first();
  await section.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return section;
}

async function expectFieldError(field: Locator) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /.+/);
}

async function downloadMainTf(page: Page, widget: Locator, outPath: string) {
  const downloadPromise = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Download main.tf' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('main.tf');
  await download.saveAs(outPath);
  return (await parse('main.tf', readFileSync(outPath, 'utf8'))) as { resource: Record<string, Record<string, unknown>> };
}

test('1.6 capacity vs demand: a traffic pattern changes the chart; bad input is flagged', async ({ page }) => {
  const widget = await openWidget(page, '/01-cloud-computing/6-real-advantages/', /capacity/i);
  await expect(widget.getByRole('img').first()).toBeVisible();
  await widget.getByRole('radio', { name: 'Launch-day surge' }).focus();
  await page.keyboard.press('Space');
  await expect(widget.getByRole('radio', { name: 'Launch-day surge' })).toBeChecked();
  const field = await typeInto(widget, page, 'Headroom (%)', '-5');
  await expectFieldError(field);
  await expect(widget).not.toContainText('NaN');
  await expectNoSeriousA11yViolations(page);
});

test('1.4 who manages what: picking a service shows which layers are yours', async ({ page }) => {
  const widget = await openWidget(page, '/01-cloud-computing/4-iaas-paas-saas/', /manages/i);
  const before = await widget.innerText();
  await widget.getByLabel('Service', { exact: true }).selectOption('s3');
  await expect.poll(() => widget.innerText()).not.toBe(before);
  await expect(widget).toContainText(/S3/);
  await expectNoSeriousA11yViolations(page);
});

test('3.1 Region chooser: a residency rule rules Regions out and the ranking explains why', async ({ page }) => {
  const widget = await openWidget(page, '/03-regions-availability-zones-edge/1-aws-regions/', /Region/);
  await widget.getByLabel('Data must stay in', { exact: true }).selectOption('eu');
  await expect(widget.locator('[aria-live="polite"]').first()).toContainText(/eu-/);
  const share = await typeInto(widget, page, 'Share of users in city 1 (%)', 'abc');
  await expectFieldError(share);
  await expect(widget).not.toContainText('NaN');
  await expectNoSeriousA11yViolations(page);
});

test('10.4 count vs for_each: removing a name shifts count addresses but not for_each keys', async ({ page }) => {
  const widget = await openWidget(page, '/10-hcl-terraform-language/4-conditionals-and-loops/', /count/i);
  const firstName = await widget.getByLabel('Name 1', { exact: true }).inputValue();
  await widget.getByRole('button', { name: `Remove ${firstName}` }).focus();
  await page.keyboard.press('Enter');
  // count renumbers what follows the removed name; for_each only destroys the removed key.
  await expect(widget).toContainText('Plan: 0 to add, 0 to change, 1 to destroy.');
  await expect(widget).toContainText(/Plan: \d+ to add, \d+ to change, \d+ to destroy\./);
  // "Apply this list" makes it the new state: nothing left to change.
  await widget.getByRole('button', { name: 'Apply this list' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget).toContainText('No changes.');
  await expectNoSeriousA11yViolations(page);
});

test('6.2 VPC subnet planner: subnets with usable counts, Terraform that parses, overlap errors', async ({ page }, testInfo) => {
  const widget = await openWidget(page, '/06-networking-vpc/2-public-private-subnets/', /subnet/i);
  await expect(widget).toContainText('251');
  const tf = await downloadMainTf(page, widget, testInfo.outputPath('main.tf'));
  expect(Object.keys(tf.resource)).toEqual(expect.arrayContaining(['aws_vpc', 'aws_subnet', 'aws_internet_gateway', 'aws_route_table']));
  const cidr = await typeInto(widget, page, 'VPC CIDR block', '10.0.0.0/33');
  await expectFieldError(cidr);
  await expect(widget.getByRole('button', { name: 'Download main.tf' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('5.2 S3 storage planner: costs per class and a lifecycle policy as Terraform', async ({ page }, testInfo) => {
  const widget = await openWidget(page, '/05-storage-s3/2-storage-classes/', /S3/);
  await widget.getByRole('button', { name: 'Use S3 Glacier Deep Archive' }).click();
  const tf = await downloadMainTf(page, widget, testInfo.outputPath('main.tf'));
  expect(Object.keys(tf.resource)).toContain('aws_s3_bucket_lifecycle_configuration');
  expect(readFileSync(testInfo.outputPath('main.tf'), 'utf8')).toContain('DEEP_ARCHIVE');
  const count = await typeInto(widget, page, 'Number of objects', 'lots');
  await expectFieldError(count);
  await expect(widget).not.toContainText('NaN');
  await expectNoSeriousA11yViolations(page);
});

test('8.3 DynamoDB capacity: RCUs and WCUs follow the 4 KB / 1 KB rules', async ({ page }) => {
  const widget = await openWidget(page, '/08-managed-databases/3-dynamodb-key-value-document/', /DynamoDB/);
  await typeInto(widget, page, 'Item size (KB)', '10');
  await typeInto(widget, page, 'Reads per second', '100');
  await widget.getByLabel('Read consistency', { exact: true }).selectOption('strong');
  // 10 KB → 3 read units of 4 KB each, × 100 reads/s = 300 RCUs.
  await expect(widget).toContainText('300');
  const size = await typeInto(widget, page, 'Item size (KB)', '500');
  await expectFieldError(size);
  await expectNoSeriousA11yViolations(page);
});

test('4.1 EC2 name decoder: decodes a name, explains an unknown one', async ({ page }) => {
  const widget = await openWidget(page, '/04-compute-ec2/1-instance-types-families/', /instance/i);
  await typeInto(widget, page, 'Instance type', 'm7g.2xlarge');
  await expect(widget).toContainText(/Graviton/);
  await expect(widget).toContainText(/8\s*vCPU/);
  await typeInto(widget, page, 'Instance type', 'q9.huge');
  await expect(widget).toContainText(/no such family|not an EC2 size/i);
  await expect(widget).not.toContainText('NaN');
  await expectNoSeriousA11yViolations(page);
});

test('4.5 purchase options: the cheapest mix beats all On-Demand; bad input is flagged', async ({ page }) => {
  const widget = await openWidget(page, '/04-compute-ec2/5-purchase-options/', /purchase|price/i);
  await expect(widget).toContainText('$357.41');
  await expect(widget).toContainText('$192.67');
  const share = await typeInto(widget, page, 'Interruptible share of the work (%)', '150');
  await expectFieldError(share);
  await expect(widget).not.toContainText('NaN');
  await expectNoSeriousA11yViolations(page);
});

test('7.3 IAM policy evaluator: explicit deny wins, with the steps; malformed JSON has a location', async ({ page }) => {
  const widget = await openWidget(page, '/07-identity-access-iam/3-identity-based-resource-based/', /IAM|policy/i);
  await widget.getByLabel('Example scenario', { exact: true }).selectOption('explicit-deny');
  await widget.getByRole('button', { name: 'Load example' }).click();
  await expect(widget).toContainText('Denied: explicit deny');
  await widget.getByLabel('Identity-based policy', { exact: true }).fill('{ "Version": "2012-10-17", "Statement": [ }');
  await expect(widget).toContainText(/line \d+/i);
  await expect(widget).toContainText(/No decision yet/);
  await expectNoSeriousA11yViolations(page);
});
