import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-auto-yoy.js';
import { brand, column, langControl, pageControl, themeControl, widthControl, type Page } from './frame.js';

interface Args {
  lang: string;
  mode: string;
  segments: string;
  theme: string;
  width: number;
  page: Page;
  className: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-auto-yoy',
  component: 'kz-auto-yoy',
  tags: ['autodocs'],
  args: { lang: 'en', mode: 'units', segments: '', theme: 'light', width: 720, page: 'light', className: '' },
  argTypes: {
    lang: langControl,
    theme: themeControl,
    page: { ...pageControl, description: 'Background of the page around the widget (not an attribute)' },
    className: { table: { disable: true } },
    mode: { control: 'inline-radio', options: ['units', 'change'] },
    segments: { control: 'text', description: 'Comma list of passenger-cars, trucks, buses; empty for all' },
    width: widthControl,
  },
  render: ({ lang, mode, segments, theme, width, page, className }) =>
    column(
      width,
      html`${className ? brand : nothing}<kz-auto-yoy class=${className || nothing} lang=${lang || nothing}
        mode=${mode || nothing} segments=${segments || nothing} theme=${theme || nothing}></kz-auto-yoy>`,
      page,
    ),
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
export const ErrorUnknownMode: Story = { args: { mode: 'pie' } };
export const ErrorUnknownSegment: Story = { args: { lang: 'ru', segments: 'cars,tractors' } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'de' } };
