import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-auto-yoy.js';
import { commonArgs, commonArgTypes, dataPathArgs, widget, type CommonArgs } from './frame.js';

interface Args extends CommonArgs {
  mode: string;
  segments: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-auto-yoy',
  component: 'kz-auto-yoy',
  tags: ['autodocs'],
  args: { ...commonArgs, mode: 'units', segments: '' },
  argTypes: {
    ...commonArgTypes,
    mode: { control: 'inline-radio', options: ['units', 'change'] },
    segments: { control: 'text', description: 'Comma list of passenger-cars, trucks, buses; empty for all' },
  },
  render: (args) => widget('kz-auto-yoy', args, { mode: args.mode, segments: args.segments }),
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const ChangeMode: Story = { args: { mode: 'change' } };
export const ChangeModeKazakh: Story = { args: { mode: 'change', lang: 'kk' } };
export const TrucksAndBuses: Story = { args: { segments: 'trucks,buses' } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 360 } };
export const PhoneRussianChange: Story = { args: { lang: 'ru', mode: 'change', width: 360 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const DarkThemeChangeKazakh: Story = { args: { theme: 'dark', page: 'dark', mode: 'change', lang: 'kk' } };
export const AutoTheme: Story = { args: { theme: 'auto' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'ru' } };
export const OwnTexts: Story = {
  args: { lang: 'ru', title: 'Автопром потерял пятую часть выпуска', source: 'КазАвтоПром', note: 'Данные за 11 месяцев.' },
};
export const WithoutMenu: Story = { args: { noMenu: true } };
export const ErrorUnknownMode: Story = { args: { mode: 'pie' } };
export const ErrorUnknownSegment: Story = { args: { lang: 'ru', segments: 'cars,tractors' } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'de' } };

const paths = dataPathArgs('kz-auto-yoy', { field: 'value', value: -8157 });
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
