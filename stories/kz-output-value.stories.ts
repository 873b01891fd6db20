import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-output-value.js';
import { commonArgs, commonArgTypes, dataPathArgs, widget, type CommonArgs } from './frame.js';

interface Args extends CommonArgs {
  annotations: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-output-value',
  component: 'kz-output-value',
  tags: ['autodocs'],
  args: { ...commonArgs, annotations: 'average-growth,car-market' },
  argTypes: {
    ...commonArgTypes,
    annotations: { control: 'text', description: 'Comma list of average-growth, car-market, manufacturing-share, dollar-slip, or none' },
  },
  render: (args) => widget('kz-output-value', args, { annotations: args.annotations }),
};
export default meta;

type Story = StoryObj<Args>;
const paths = dataPathArgs('kz-output-value', { field: 'value', value: -16e9 });

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'ru' } };
export const AllAnnotations: Story = { args: { annotations: 'average-growth,car-market,manufacturing-share,dollar-slip' } };
export const NoAnnotations: Story = { args: { annotations: 'none' } };
export const ErrorUnknownAnnotation: Story = { args: { annotations: 'weather' } };

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
