import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-fact.js';
import { commonArgs, commonArgTypes, dataPathArgs, widget, type CommonArgs } from './frame.js';

interface Args extends CommonArgs {
  fact: string;
  compare: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-fact',
  component: 'kz-fact',
  tags: ['autodocs'],
  args: { ...commonArgs, fact: 'dealer-sales-2016', compare: '' },
  argTypes: {
    ...commonArgTypes,
    fact: { control: 'text', description: 'Id of the figure' },
    compare: { control: 'text', description: 'Id of a figure with the same unit' },
  },
  render: (args) => widget('kz-fact', args, { fact: args.fact, compare: args.compare }),
};
export default meta;

type Story = StoryObj<Args>;
const paths = dataPathArgs('kz-fact', { field: 'unit', value: 'furlongs' });

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'ru' } };
export const WithComparison: Story = { args: { compare: 'dealer-sales-2015' } };
export const ComparisonKazakh: Story = { args: { compare: 'dealer-sales-2015', lang: 'kk' } };
export const Hedged: Story = { args: { fact: 'car-loan-portfolio-2016', lang: 'ru' } };
export const Range: Story = { args: { fact: 'growth-rate-recent', lang: 'kk' } };
export const WithCaveat: Story = { args: { fact: 'production-value-2015-usd' } };
export const Estimate: Story = { args: { fact: 'production-2015-est' } };
export const SharesInPoints: Story = { args: { fact: 'local-share-2016-03', compare: 'local-share-2015-03', lang: 'ru' } };
export const ErrorNoFact: Story = { args: { fact: '' } };
export const ErrorUnknownFact: Story = { args: { fact: 'sales-2099' } };
export const ErrorUnitMismatch: Story = { args: { compare: 'dealer-sales-change-2016' } };

// Data paths: the bundled dataset is every story above; below, the same figures as a newsroom's own.
export const DataProperty: Story = { args: paths.dataProperty };
export const SrcCsv: Story = { args: paths.srcCsv };
export const SrcJson: Story = { args: paths.srcJson };
export const ErrorNotFound: Story = { args: paths.errorNotFound };
export const ErrorNotJson: Story = { args: paths.errorNotJson };
export const ErrorTimeout: Story = { args: paths.errorTimeout };
export const ErrorFetchFailed: Story = { args: paths.errorFetchFailed };
export const ErrorSchema: Story = { args: paths.errorSchema };
export const ErrorEmptyTable: Story = { args: paths.errorEmpty };
export const ErrorBrokenValue: Story = { args: paths.errorBrokenValue };
export const ErrorKazakh: Story = { args: { ...paths.errorBrokenValue, lang: 'kk' } };
