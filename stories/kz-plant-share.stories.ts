import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-plant-share.js';
import { commonArgs, commonArgTypes, dataPathArgs, widget, type CommonArgs } from './frame.js';

const meta: Meta<CommonArgs> = {
  title: 'Widgets/kz-plant-share',
  component: 'kz-plant-share',
  tags: ['autodocs'],
  args: commonArgs,
  argTypes: commonArgTypes,
  render: (args) => widget('kz-plant-share', args),
};
export default meta;

type Story = StoryObj<CommonArgs>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const DarkThemeRussian: Story = { args: { theme: 'dark', page: 'dark', lang: 'ru' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'kk' } };
export const OwnTexts: Story = { args: { title: 'Made in Kazakhstan: one car in four', source: 'inform.kz, March 2016' } };
export const NoticeUnknownTheme: Story = { args: { theme: 'sepia' } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'fr' } };

const paths = dataPathArgs('kz-plant-share', { field: 'share_percent', value: 124 });
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
