import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-brands.js';
import { commonArgs, commonArgTypes, dataPathArgs, widget, type CommonArgs } from './frame.js';

type Args = CommonArgs;

const meta: Meta<Args> = {
  title: 'Widgets/kz-brands',
  component: 'kz-brands',
  tags: ['autodocs'],
  args: { ...commonArgs },
  argTypes: {
    ...commonArgTypes,
  },
  render: (args) => widget('kz-brands', args),
};
export default meta;

type Story = StoryObj<Args>;
const paths = dataPathArgs('kz-brands', { field: 'brand', value: '' });

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'ru' } };

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
